/**
 * Synonyms folded before decisions (and strategy threads) are compared across documents, so
 * that "keep Postgres as the system of record" and "the ledger stays in PostgreSQL as the
 * source of truth" share their key terms.
 *
 * How to edit: each entry is `[canonical, ...variants]`. Every variant (and the canonical
 * form itself) becomes the canonical term when it appears as a whole word or phrase.
 * - Variants are matched on lower-cased words; a phrase is words separated by single spaces
 *   and matches consecutive words ("system of record").
 * - A variant written with a capital letter matches only that exact capitalisation, for names
 *   that are also ordinary words ("Go" the language, not "go" the verb; "ES" not "es"). When an
 *   entry lists its canonical form capitalised (`['rest', 'REST']`), the lower-case canonical
 *   itself no longer matches ("the rest of").
 * - Hyphenated and underscored identifiers are matched whole and by parts, so `k8s` folds
 *   inside `k8s-cluster` too.
 * - Keep entries to engineering systems and concepts that people really write several ways.
 *   Do not fold two different products together (Redis is not Memcached): a decision between
 *   them is exactly what the engine needs to tell apart.
 *
 * Sources: vendor naming (product docs), common abbreviations in design docs and RFCs.
 */

/** `[canonical, ...variants]` entries; see the header for the matching rules. */
export const SYNONYMS: readonly (readonly string[])[] = [
	// Datastores
	['postgres', 'postgresql', 'pg', 'psql', 'pgsql', 'postgre'],
	['mysql', 'mariadb'],
	['dynamodb', 'dynamo', 'ddb'],
	['mongodb', 'mongo'],
	['mssql', 'sql server', 'microsoft sql server', 'ms sql'],
	// A patient's record as the hospital's system keeps it.
	[
		'epr',
		'ehr',
		'emr',
		'electronic patient record',
		'electronic health record',
		'electronic medical record',
		'electronic record'
	],
	['elasticsearch', 'elastic search', 'ES'],
	['cockroachdb', 'cockroach', 'crdb'],
	['sqlite', 'sqlite3'],
	['clickhouse', 'click house'],
	['bigquery', 'big query', 'bq'],
	['s3', 'amazon s3', 'aws s3', 'object storage', 'object store', 'blob storage', 'blob store'],
	['redis', 'valkey'],
	// Messaging and streaming
	['kafka', 'apache kafka', 'msk', 'confluent'],
	['rabbitmq', 'rabbit', 'amqp'],
	['sqs', 'simple queue service'],
	['pubsub', 'pub/sub', 'pub sub', 'google pubsub'],
	['dlq', 'dead letter queue', 'dead-letter queue', 'dead letter', 'dead-letter'],
	['outbox', 'transactional outbox', 'outbox table', 'outbox pattern'],
	// Platforms and runtimes
	['kubernetes', 'k8s', 'kube', 'eks', 'gke', 'aks'],
	['golang', 'Go'],
	['javascript', 'js', 'JS', 'ecmascript'],
	['typescript', 'ts', 'TS'],
	['nodejs', 'node.js', 'node js', 'Node'],
	['python', 'py', 'cpython'],
	['kotlin', 'kt'],
	['jvm', 'java virtual machine'],
	['dotnet', '.net', 'c#', 'csharp'],
	['terraform', 'tf', 'opentofu'],
	['lambda', 'aws lambda', 'serverless function', 'serverless functions'],
	['aws', 'amazon web services'],
	['gcp', 'google cloud', 'google cloud platform'],
	['azure', 'microsoft azure'],
	// Tooling (lexicon/extract-categories.ts: ci, iac, deploy, mobile, flags, identity)
	['github-actions', 'github actions', 'gh actions'],
	['gitlab-ci', 'gitlab ci', 'gitlab ci/cd', 'gitlab pipelines'],
	['argocd', 'argo cd', 'argo-cd'],
	['react-native', 'react native'],
	['cloudformation', 'cloud formation', 'aws cloudformation'],
	['launchdarkly', 'launch darkly'],
	['azure-pipelines', 'azure pipelines', 'azure devops pipelines'],
	['iot-core', 'iot core', 'aws iot core', 'aws iot'],
	['timescaledb', 'timescale'],
	['influxdb', 'influx'],
	['nextjs', 'next.js'],
	// Interfaces and protocols
	['grpc', 'g-rpc', 'protobuf', 'protocol buffers'],
	['graphql', 'gql'],
	['rest', 'REST', 'RESTful', 'REST/JSON', 'json over http'],
	['openapi', 'swagger', 'open api'],
	['webhook', 'webhooks', 'web hook', 'callback url', 'callback urls'],
	['mtls', 'mutual tls', 'mutual-tls'],
	['sso', 'single sign-on', 'single sign on', 'saml', 'oidc'],
	['oauth', 'oauth2', 'oauth 2.0'],
	// Concepts
	['idempotency', 'idempotent', 'idempotence', 'idempotency-key', 'idempotency_key'],
	['deduplication', 'dedup', 'dedupe', 'de-duplication', 'deduplicate'],
	[
		'system-of-record',
		'system of record',
		'systems of record',
		'source of truth',
		'single source of truth',
		'authoritative record',
		'authoritative copy',
		'authoritative source',
		'authoritative'
	],
	['same-transaction', 'same transaction', 'one transaction', 'single transaction', 'atomically'],
	['read-replica', 'read replica', 'read replicas', 'replica', 'replicas', 'follower'],
	['feature-flag', 'feature flag', 'feature flags', 'feature toggle', 'feature toggles', 'flag'],
	['shadow-mode', 'shadow mode', 'shadow traffic', 'dark launch', 'shadow'],
	['canary', 'canary release', 'canary deploy', 'canary deployment'],
	['rate-limit', 'rate limit', 'rate limiting', 'rate limits', 'throttle', 'throttling'],
	['circuit-breaker', 'circuit breaker', 'circuit breakers'],
	['monorepo', 'mono repo', 'mono-repo', 'single repository'],
	['microservice', 'microservices', 'micro service', 'micro-service'],
	['monolith', 'the monolith', 'monolithic'],
	['database', 'db', 'datastore', 'data store', 'databases'],
	['queue', 'message queue', 'mq', 'job queue', 'work queue'],
	['cache', 'caching', 'cached', 'in-memory cache'],
	['ci', 'continuous integration', 'ci/cd', 'build pipeline'],
	['on-call', 'oncall', 'on call', 'pager', 'pager rotation'],
	['slo', 'slos', 'service level objective', 'error budget'],
	['observability', 'o11y', 'telemetry'],
	['tracing', 'distributed tracing', 'opentelemetry', 'otel'],
	['encryption-at-rest', 'encryption at rest', 'encrypted at rest'],
	[
		'pii',
		'personal data',
		'personally identifiable information',
		'personally identifiable',
		'personally identifying',
		'personal information'
	],
	[
		'ownership',
		'owning team',
		'owning teams',
		'owner team',
		'named owner',
		'named owners',
		'owned by',
		'owners',
		'owner'
	],
	[
		'region-failover',
		'regional failover',
		'region failover',
		'multi-region',
		'active-active',
		'either region',
		'other region',
		'second region',
		'region is lost',
		'region outage'
	],
	[
		'gradual-rollout',
		'phased rollout',
		'staged rollout',
		'progressive rollout',
		'progressive delivery',
		'gradual rollout',
		'percentage rollout',
		'percentage rollouts'
	],
	[
		'cost-attribution',
		'cost attribution',
		'cost allocation',
		'chargeback',
		'showback',
		'cost tags',
		'cost-centre',
		'cost center',
		'cost centre'
	],
	['row-level-security', 'row-level security', 'row level security', 'rls', 'RLS'],
	['tenant', 'tenants', 'tenancy', 'tenant-id', 'tenant_id'],
	['multi-tenant', 'multitenant', 'multi tenant', 'multi-tenancy', 'multitenancy'],
	['event-sourcing', 'event sourcing', 'event-sourced', 'event sourced'],
	['cdc', 'change data capture', 'debezium'],
	['etl', 'elt', 'data pipeline'],
	['batch', 'batches', 'batching', 'nightly batch', 'batch job', 'cron job', 'cron'],
	['retry', 'retries', 'retried', 'retrying', 'redelivery', 'redeliver'],
	['schema-registry', 'schema registry'],
	['vendor', 'third-party', 'third party', 'saas', 'managed service', 'hosted service'],
	['in-house', 'build our own', 'self-hosted', 'self hosted', 'run our own', 'homegrown']
];

/**
 * Canonical forms above that are ordinary engineering concepts rather than names: folded like
 * the others, but weighed as plain words, since "the claims queue" and "the document queue"
 * share a word, not a system. Everything else in `SYNONYMS` names a system or a specific
 * technique and weighs as a name.
 */
export const GENERIC_CONCEPTS: readonly string[] = [
	'database',
	'queue',
	'cache',
	'batch',
	'retry',
	'vendor',
	'in-house',
	'read-replica',
	'feature-flag',
	'shadow-mode',
	'canary',
	'rate-limit',
	'circuit-breaker',
	'monolith',
	'microservice',
	'monorepo',
	'ci',
	'on-call',
	'slo',
	'observability',
	'tracing',
	'multi-tenant',
	'tenant',
	'webhook',
	'etl',
	'ownership',
	'region-failover',
	'gradual-rollout',
	'cost-attribution'
];
