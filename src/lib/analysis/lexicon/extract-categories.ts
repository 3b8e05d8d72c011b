/**
 * Categories of engineering choices: which named systems are alternatives to each other.
 * "Keep PostgreSQL" and "store it in DynamoDB instead" share no word, yet both decide the
 * datastore; `extract` adds a weak `category:datastore` term to both so they can meet, and
 * IDF keeps a category that every sentence names from counting much.
 *
 * How to edit: `category: [members…]`. Members are named systems, never generic words such as
 * "queue" or "database" (a claims queue is not a message broker). Write canonical names after synonym folding
 * (lexicon/synonyms.ts: write `postgres`, not `postgresql`) or plain lower-case words.
 * A member written with a capital letter matches only that capitalisation, for names that
 * are ordinary words too ("Rust", "Swift", "Temporal"). A member may sit in one category only.
 *
 * Sources: the categories DESIGN.md names for contradictions (datastore, protocol, language,
 * cloud…) and the usual alternatives weighed against each other in design docs.
 */

/** Category → member names. */
export const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
	datastore: [
		'postgres',
		'mysql',
		'dynamodb',
		'mongodb',
		'cockroachdb',
		'sqlite',
		'cassandra',
		'spanner',
		'aurora',
		'oracle',
		'mssql',
		'cosmosdb',
		'firestore',
		'scylladb',
		'foundationdb',
		'tidb',
		'vitess',
		'couchbase',
		'neo4j',
		'timescaledb',
		'influxdb',
		'bigtable',
		'couchdb',
		'questdb',
		'yugabytedb',
		'planetscale',
		'supabase'
	],
	cache: ['redis', 'memcached', 'hazelcast'],
	warehouse: ['snowflake', 'bigquery', 'redshift', 'clickhouse', 'databricks'],
	search: ['elasticsearch', 'opensearch', 'solr', 'algolia', 'meilisearch'],
	language: [
		'golang',
		'kotlin',
		'java',
		'python',
		'ruby',
		'Rust',
		'javascript',
		'typescript',
		'nodejs',
		'scala',
		'elixir',
		'erlang',
		'php',
		'c++',
		'dotnet',
		'Swift',
		'haskell',
		'clojure',
		'jvm'
	],
	messaging: [
		'kafka',
		'rabbitmq',
		'sqs',
		'sns',
		'pubsub',
		'kinesis',
		'nats',
		'pulsar',
		'eventbridge'
	],
	protocol: ['grpc', 'rest', 'graphql', 'openapi', 'soap', 'thrift', 'websocket', 'websockets'],
	cloud: ['aws', 'gcp', 'azure', 'cloudflare', 'hetzner', 'on-prem', 'on-premises'],
	orchestration: ['Temporal', 'airflow', 'cadence', 'argo', 'dagster', 'prefect', 'conductor'],
	compute: ['kubernetes', 'nomad', 'ecs', 'lambda', 'fargate', 'serverless', 'vms'],
	observability: ['datadog', 'prometheus', 'grafana', 'honeycomb', 'newrelic', 'splunk'],
	ci: [
		'jenkins',
		'github-actions',
		'gitlab-ci',
		'circleci',
		'buildkite',
		'teamcity',
		'travis',
		'Drone',
		'Bamboo',
		'azure-pipelines'
	],
	iac: ['terraform', 'pulumi', 'cloudformation', 'ansible', 'Chef', 'Puppet', 'crossplane', 'CDK'],
	frontend: ['React', 'vue', 'Angular', 'svelte', 'sveltekit', 'nextjs', 'Ember', 'jquery'],
	mobile: ['react-native', 'Flutter', 'xamarin', 'Ionic', 'swiftui', 'jetpack-compose'],
	flags: ['launchdarkly', 'Unleash', 'flagsmith', 'split.io', 'optimizely', 'statsig'],
	identity: ['okta', 'auth0', 'keycloak', 'cognito', 'ping-identity', 'azure-ad', 'Entra'],
	deploy: ['argocd', 'spinnaker', 'Flux', 'Octopus', 'Harness'],
	mesh: ['istio', 'linkerd', 'Consul', 'Envoy'],
	buildtool: ['bazel', 'gradle', 'maven', 'Pants', 'Buck', 'Nx', 'turborepo'],
	analytics: ['Segment', 'amplitude', 'mixpanel', 'Heap', 'rudderstack', 'posthog'],
	iot: ['mqtt', 'iot-core', 'azure-iot-hub']
};

/**
 * The cloud a named managed product runs on (canonical names, as `CATEGORIES`): a company that
 * runs on one cloud only and a policy that adopts another cloud's product ("the warehouse moves
 * to BigQuery") pull apart, though neither names the other's cloud.
 */
export const CLOUD_OF: Readonly<Record<string, string>> = {
	bigquery: 'gcp',
	spanner: 'gcp',
	bigtable: 'gcp',
	firestore: 'gcp',
	pubsub: 'gcp',
	redshift: 'aws',
	dynamodb: 'aws',
	aurora: 'aws',
	lambda: 'aws',
	sqs: 'aws',
	sns: 'aws',
	kinesis: 'aws',
	eventbridge: 'aws',
	ecs: 'aws',
	fargate: 'aws',
	cloudformation: 'aws',
	cognito: 'aws',
	cosmosdb: 'azure',
	'azure-ad': 'azure',
	'azure-pipelines': 'azure',
	'azure-iot-hub': 'azure'
};
