/**
 * Config file text of the embedded default project, in the style of the 2.1-era
 * magento/magento-cloud template (DOMAIN.md §4). Kept as text, as a user's repository holds it.
 */

export const BASE_APP_YAML = `# The name of this app. Must be unique within a project.
name: mymagento

# The toolstack used to build the application.
type: php:7.0
build:
    flavor: composer

runtime:
    extensions:
        - redis
        - xsl
        - json

# The relationships of the application with services: <service id>:<endpoint>.
relationships:
    database: "mysql:mysql"
    redis: "redis:redis"
    elasticsearch: "elasticsearch:elasticsearch"

web:
    locations:
        "/":
            root: "pub"
            passthru: "/index.php"
            index:
                - index.php
            expires: -1
            scripts: true
            allow: false
        "/media":
            root: "pub/media"
            allow: true
            scripts: false
            passthru: "/index.php"
        "/static":
            root: "pub/static"
            allow: true
            scripts: false
            passthru: "/front-static.php"

# The size of the persistent disk of the application (in MB).
disk: 1024

mounts:
    "var": "shared:files/var"
    "app/etc": "shared:files/etc"
    "pub/media": "shared:files/media"
    "pub/static": "shared:files/static"

hooks:
    build: |
        php ./vendor/bin/ece-tools build
    deploy: |
        php ./vendor/bin/ece-tools deploy
    post_deploy: |
        php ./vendor/bin/ece-tools post-deploy

crons:
    cronrun:
        spec: "*/5 * * * *"
        cmd: "php bin/magento cron:run"

variables:
    php:
        memory_limit: 1G
    env:
        ADMIN_LOCALE: en_US
`;

export const BASE_SERVICES_YAML = `# Each service listed is deployed to power the project.
mysql:
    type: mysql:10.0
    disk: 2048

redis:
    type: redis:3.0

elasticsearch:
    type: elasticsearch:2.4
    disk: 1024
`;

export const BASE_ROUTES_YAML = `# Each route describes how an incoming URL is processed.
"http://{default}/":
    type: upstream
    upstream: "mymagento:php"

"https://{default}/":
    type: upstream
    upstream: "mymagento:php"
    cache:
        enabled: false

"http://www.{default}/":
    type: redirect
    to: "https://{default}/"
`;

export const BASE_ENV_YAML = `stage:
    global:
        SCD_ON_DEMAND: false
    build:
        SCD_THREADS: 2
    deploy:
        CACHE_CONFIGURATION:
            _merge: true
            frontend:
                default:
                    backend: Cm_Cache_Backend_Redis
    post-deploy:
        WARM_UP_PAGES:
            - "index.php"
log:
    gelf:
        min_level: "info"
`;

/** The feature-checkout commit: adds RabbitMQ for asynchronous checkout. */
export const CHECKOUT_SERVICES_YAML = `${BASE_SERVICES_YAML}
rabbitmq:
    type: rabbitmq:3.5
    disk: 512
`;

export const CHECKOUT_APP_YAML = BASE_APP_YAML.replace(
  '    elasticsearch: "elasticsearch:elasticsearch"\n',
  '    elasticsearch: "elasticsearch:elasticsearch"\n    rabbitmq: "rabbitmq:rabbitmq"\n',
);

/** The feature-old-theme commit: an abandoned theme experiment that only touches the build. */
export const OLD_THEME_ENV_YAML = BASE_ENV_YAML.replace('SCD_THREADS: 2', 'SCD_THREADS: 4');

// --- today's template (magento/magento-cloud, 2.4.8, DOMAIN.md §8): MariaDB, Valkey, OpenSearch

export const TODAY_APP_YAML = BASE_APP_YAML.replace('type: php:7.0', 'type: php:8.4')
  .replace('        - json\n', '        - sodium\n')
  .replace(
    '    redis: "redis:redis"\n    elasticsearch: "elasticsearch:elasticsearch"\n',
    '    valkey: "cache:valkey"\n    opensearch: "opensearch:opensearch"\n',
  )
  .replace(
    '    build: |\n        php ./vendor/bin/ece-tools build\n    deploy: |\n        php ./vendor/bin/ece-tools deploy\n    post_deploy: |\n        php ./vendor/bin/ece-tools post-deploy\n',
    '    build: |\n        set -e\n        composer install --no-dev\n        php ./vendor/bin/ece-tools run scenario/build/generate.xml\n        php ./vendor/bin/ece-tools run scenario/build/transfer.xml\n    deploy: |\n        php ./vendor/bin/ece-tools run scenario/deploy.xml\n    post_deploy: |\n        php ./vendor/bin/ece-tools run scenario/post-deploy.xml\n',
  );

export const TODAY_SERVICES_YAML = `# Each service listed is deployed to power the project.
mysql:
    type: mysql:11.4
    disk: 2048

cache:
    type: valkey:8.0

opensearch:
    type: opensearch:3
    disk: 1024
`;

export const TODAY_CHECKOUT_SERVICES_YAML = `${TODAY_SERVICES_YAML}
rabbitmq:
    type: rabbitmq:4.3
    disk: 512
`;

export const TODAY_CHECKOUT_APP_YAML = TODAY_APP_YAML.replace(
  '    opensearch: "opensearch:opensearch"\n',
  '    opensearch: "opensearch:opensearch"\n    rabbitmq: "rabbitmq:rabbitmq"\n',
);

/** The default project's files in each edition: the base, and its two branches' changes. */
export const DEFAULT_TEXTS = {
  '2.1': {
    app: BASE_APP_YAML,
    services: BASE_SERVICES_YAML,
    checkoutApp: CHECKOUT_APP_YAML,
    checkoutServices: CHECKOUT_SERVICES_YAML,
  },
  today: {
    app: TODAY_APP_YAML,
    services: TODAY_SERVICES_YAML,
    checkoutApp: TODAY_CHECKOUT_APP_YAML,
    checkoutServices: TODAY_CHECKOUT_SERVICES_YAML,
  },
} as const;
