/** A relationship's target as `.magento.app.yaml` writes it: `service-id:endpoint`. */
export const RELATIONSHIP_TARGET = /^[a-z0-9][a-z0-9_-]*:[a-z0-9][a-z0-9_-]*$/;
