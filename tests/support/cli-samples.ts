/** Issue 15's sample: what `magento-cloud environment:list` prints, exactly as pasted there. */
export const ENVIRONMENT_LIST_SAMPLE = `Environments in the project Demo Store (abcdefg123456):
+------------------------+--------------------+-------------+-------------+
| ID                     | Title              | Status      | Type        |
+------------------------+--------------------+-------------+-------------+
| master                 | Master             | Active      | production  |
|   staging              | Staging            | Active      | staging     |
|     checkout-rework*   | Checkout rework    | Active      | development |
|     old-theme          | Old theme          | Inactive    | development |
|     search-tuning      | Search tuning      | In progress | development |
+------------------------+--------------------+-------------+-------------+
* - Indicates the current environment
`;
