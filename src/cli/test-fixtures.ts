/**
 * A strategy the checker passes with no findings (over the 150-word floor, every policy
 * anchored and reasoned), shared by the CLI tests that need a clean file.
 */
export const CLEAN_STRATEGY = [
	'# Storage strategy',
	'',
	'## Diagnosis',
	'',
	"Our 14 services run on three datastores today: PostgreSQL 13, MongoDB 4.4 and DynamoDB. The on-call team restores PostgreSQL every quarter, but nobody has restored MongoDB or DynamoDB since 2023, and last year's two data incidents both began in MongoDB. Each migration costs the owning team about two sprints.",
	'',
	'## Policies',
	'',
	'Use PostgreSQL 17 for new services, because restores are drilled for Postgres only.',
	'Move the billing and ledger tables off MongoDB by June 2027, so that every money record lives in a store we have restored.',
	'Keep DynamoDB for the session cache, since its time-to-live expiry saves us a cleanup job that failed twice in 2025.',
	'Run a restore drill for each production database every 90 days, so the runbook in the platform wiki stays true and the next on-call engineer has practised it.',
	'New tables need an owner team in the service catalogue before launch, because unowned tables were the root cause in both incidents.',
	''
].join('\n');
