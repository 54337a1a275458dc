/** Said wherever a share link is made or opened. */
export const SHARE_LINK_NOTE = 'Sensitive values are not included in the link';
