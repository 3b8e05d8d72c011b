/**
 * Named systems `weave` reads as choices beyond `extract-categories.ts`: names of several
 * words or with a suffix the shared lexicon folds elsewhere ("Kafka Streams" is not Kafka, "IBM
 * MQ" is not a generic queue), and categories only strategies argue over (which stream
 * processor). Read before the shared synonyms, longest first.
 *
 * How to edit: `[phrase (lower case, words separated by single spaces), canonical, category]`.
 * Keep to products people really choose between; a category here must have two or more members.
 *
 * Sources: vendor naming (product docs) of message queues, stream processors, event stores and
 * payment service providers.
 */

/** `[phrase, canonical, category]` entries. */
export const WEAVE_SYSTEMS: readonly (readonly [string, string, string])[] = [
	// Stream processors: a choice of its own, beside the broker they read from.
	['kafka streams', 'kafka-streams', 'stream-processing'],
	['ksqldb', 'ksqldb', 'stream-processing'],
	['apache flink', 'flink', 'stream-processing'],
	['flink', 'flink', 'stream-processing'],
	['spark streaming', 'spark-streaming', 'stream-processing'],
	['spark structured streaming', 'spark-streaming', 'stream-processing'],
	['apache beam', 'beam', 'stream-processing'],
	['apache storm', 'storm', 'stream-processing'],
	['apache samza', 'samza', 'stream-processing'],
	['samza', 'samza', 'stream-processing'],
	['materialize', 'materialize', 'stream-processing'],
	// Message queues that the shared lexicon would read as the word "queue".
	['ibm mq', 'ibm-mq', 'messaging'],
	['websphere mq', 'ibm-mq', 'messaging'],
	['activemq', 'activemq', 'messaging'],
	['amazon mq', 'amazon-mq', 'messaging'],
	['tibco ems', 'tibco-ems', 'messaging'],
	['zeromq', 'zeromq', 'messaging'],
	// Error tracking and paging: where a team's alerts come from.
	['sentry', 'sentry', 'observability'],
	['pagerduty', 'pagerduty', 'observability'],
	['opsgenie', 'opsgenie', 'observability'],
	['bugsnag', 'bugsnag', 'observability'],
	['rollbar', 'rollbar', 'observability'],
	// Interface standards between a product and the systems it exchanges records with.
	['hl7 v2', 'hl7-v2', 'protocol'],
	['hl7v2', 'hl7-v2', 'protocol'],
	['hl7 version 2', 'hl7-v2', 'protocol'],
	['fhir', 'fhir', 'protocol'],
	['hl7 fhir', 'fhir', 'protocol'],
	['edifact', 'edifact', 'protocol'],
	['as2', 'as2', 'protocol'],
	// Payment service providers: who collects a customer's money (cards, direct debits).
	['stripe', 'stripe', 'payments'],
	['stripe checkout', 'stripe', 'payments'],
	['adyen', 'adyen', 'payments'],
	['gocardless', 'gocardless', 'payments'],
	['braintree', 'braintree', 'payments'],
	['paypal', 'paypal', 'payments'],
	['worldpay', 'worldpay', 'payments'],
	['mollie', 'mollie', 'payments'],
	['checkout.com', 'checkout-com', 'payments'],
	// Event stores and other datastores.
	['eventstoredb', 'eventstoredb', 'datastore'],
	['eventstore', 'eventstoredb', 'datastore'],
	['marten', 'marten', 'datastore'],
	['axon server', 'axon-server', 'datastore'],
	['rocksdb', 'rocksdb', 'datastore'],
	['duckdb', 'duckdb', 'datastore'],
	['leveldb', 'leveldb', 'datastore'],
	// Managed products of one cloud vendor (their cloud in VENDOR_CLOUD below).
	['azure sql', 'azure-sql', 'datastore'],
	['azure sql database', 'azure-sql', 'datastore'],
	['azure synapse', 'azure-synapse', 'warehouse'],
	['azure functions', 'azure-functions', 'compute'],
	['azure service bus', 'azure-service-bus', 'messaging'],
	['azure event hubs', 'azure-event-hubs', 'messaging'],
	['google bigquery', 'bigquery', 'warehouse'],
	['cloud spanner', 'spanner', 'datastore'],
	['cloud run', 'cloud-run', 'compute'],
	['cloud sql', 'cloud-sql', 'datastore'],
	['cloud functions', 'cloud-functions', 'compute'],
	['google pub/sub', 'pubsub', 'messaging'],
	['amazon redshift', 'redshift', 'warehouse'],
	['amazon athena', 'athena', 'warehouse'],
	['athena', 'athena', 'warehouse'],
	['aws lambda', 'lambda', 'compute'],
	['amazon aurora', 'aurora', 'datastore'],
	['oracle autonomous database', 'oracle-autonomous', 'datastore']
];

/**
 * The cloud each vendor's managed product runs on (canonical names), beside the shared
 * `CLOUD_OF` map: a strategy that keeps to one cloud ("everything runs in AWS, no second cloud
 * provider") and one that adopts another vendor's product ("the reports move to Azure
 * Synapse") pull apart though neither names the other's cloud. Keep to products only one cloud
 * sells (not Kafka, PostgreSQL or Snowflake, which run anywhere).
 *
 * Sources: each vendor's product catalogue (aws.amazon.com/products, cloud.google.com/products,
 * azure.microsoft.com/products).
 */
export const VENDOR_CLOUD: Readonly<Record<string, string>> = {
	'azure-sql': 'azure',
	'azure-synapse': 'azure',
	'azure-functions': 'azure',
	'azure-service-bus': 'azure',
	'azure-event-hubs': 'azure',
	'cloud-run': 'gcp',
	'cloud-sql': 'gcp',
	'cloud-functions': 'gcp',
	athena: 'aws',
	'oracle-autonomous': 'oci'
};

/** First word → entries starting with it, longest phrase first. */
export const WEAVE_SYSTEMS_BY_FIRST: ReadonlyMap<
	string,
	readonly (readonly [string[], string, string])[]
> = (() => {
	const out = new Map<string, [string[], string, string][]>();
	for (const [phrase, canonical, category] of WEAVE_SYSTEMS) {
		const words = phrase.split(' ');
		const list = out.get(words[0]) ?? [];
		list.push([words, canonical, category]);
		out.set(words[0], list);
	}
	for (const list of out.values()) list.sort((a, b) => b[0].length - a[0].length);
	return out;
})();

/** Category nouns for stream processors ("our one stream-processing framework"). */
export const STREAM_PROCESSING_NOUN =
	/^(?:stream[-\s]processing\s+(?:framework|engine)|stream\s+processor)$/;
