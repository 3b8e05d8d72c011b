import { describe, expect, it } from 'vitest';
import { weave } from './weave.js';
import { tradeoffOf } from './tradeoff.js';
import { addYears, horizonOf, monthYear } from './horizon.js';
import type { NamedDoc } from '../types.js';
import { strategyWith } from './test-strategy.js';

/** A strategy with one Policies section holding the given policy items. */
const strategy = (name: string, ...policies: string[]): NamedDoc =>
	strategyWith('We run about forty services and had six incidents last year.', name, policies);

describe('tradeoffOf', () => {
	it.each([
		[
			'We keep one PostgreSQL cluster rather than a database per team, because six people run them.',
			{ setAside: ['a database per team'] }
		],
		[
			'Services react to events instead of calling the owner synchronously.',
			{ setAside: ['calling the owner synchronously'] }
		],
		['We prefer boring, proven tools over new ones.', { setAside: ['new ones'] }],
		['SDKs are generated, not handwritten.', { setAside: ['handwritten'] }],
		['We do not build device management.', { setAside: ['build device management'] }],
		['No new DynamoDB tables.', { setAside: ['DynamoDB tables'] }],
		['New SQS queues are not created.', { setAside: ['New SQS queues'] }],
		[
			'Releases wait for the pilot site, at the cost of a week of lead time for the Mobile team.',
			{ costs: ['a week of lead time for the Mobile team'], whoPays: ['Mobile team'] }
		],
		[
			'We accept that support engineers will see slower pages during the move.',
			{ costs: ['support engineers will see slower pages during the move'] }
		],
		[
			'Caches expire after a minute, which means customers may see a stale price.',
			{ costs: ['customers may see a stale price'], whoPays: ['customers'] }
		],
		['Every RPC carries a deadline.', { setAside: [], costs: [], whoPays: [] }],
		// Not a tradeoff: "over" of time, "not only".
		['We migrate over the next two quarters, not only for cost.', { setAside: [] }],
		// `not even` widens a refusal: to one more thing (set aside), or to a scope (not).
		[
			'We run one queue, not even a second one for tests.',
			{ setAside: ['a second one for tests'] }
		],
		[
			'Teams keep one broker, not even for a single pilot, because two double the runbooks.',
			{ setAside: [] }
		]
	])('%s', (sentence, expected) => {
		expect(tradeoffOf(sentence)).toMatchObject(expected);
	});
});

describe('weave contradictions', () => {
	const kinds = (docs: NamedDoc[]) =>
		weave(docs, { today: '2026-01-15' }).contradictions.map((c) => `${c.kind} ${c.topic}`);

	it.each([
		[
			'category: different datastores for new services',
			[
				strategy('a.md', 'PostgreSQL is the default database for every new service.'),
				strategy(
					'b.md',
					'Every new service stores its data in DynamoDB, because it scales without us.'
				)
			],
			['category primary datastore']
		],
		[
			'category: different languages for new services (one claims all)',
			[
				strategy('a.md', 'All new services are written in Go, with no exceptions.'),
				strategy('b.md', 'New model-serving services are written in Python.')
			],
			['category programming language']
		],
		[
			'polarity: one adopts what the other refuses',
			[
				strategy('a.md', 'New event streams default to Pub/Sub for analytics.'),
				strategy('b.md', 'We do not create Pub/Sub topics for analytics streams.')
			],
			['polarity Pub/Sub']
		],
		[
			'polarity: build vs buy on one topic',
			[
				strategy('a.md', 'We buy proctoring from a vendor rather than build it.'),
				strategy('b.md', 'We build our own proctoring into the quiz engine.')
			],
			['polarity build vs buy: proctoring']
		],
		[
			'polarity: one shared choice vs each team choosing',
			[
				strategy('a.md', 'Each team chooses its own analytics tooling for the app.'),
				strategy('b.md', 'All analytics events go through one pipeline for all teams, for the app.')
			],
			['polarity who chooses: analytics, app']
		],
		[
			'polarity: one repository vs a repository per service',
			[
				strategy('a.md', 'All services live in one monorepo with shared build tooling.'),
				strategy('b.md', 'Each service lives in its own repository, owned by its team.')
			],
			['polarity repository layout: live, services']
		],
		[
			'polarity: building in-house vs a named product for it',
			[
				strategy('a.md', 'We build our own feature flag service.'),
				strategy('b.md', 'Feature flags are managed in LaunchDarkly.')
			],
			['polarity build vs buy: feature flag']
		],
		[
			'polarity: a refusal of the system itself meets a scoped adoption',
			[
				strategy('a.md', 'No new jobs on Airflow.'),
				strategy(
					'b.md',
					'Nightly invoice exports run as Airflow DAGs, because finance reruns them by hand.'
				)
			],
			['polarity Airflow']
		],
		[
			"category: one cloud only vs another cloud's managed product",
			[
				strategy('a.md', 'We run on Azure only and add no second cloud provider.'),
				strategy('b.md', 'Clickstream tables move from Snowflake to BigQuery next year.')
			],
			['category cloud provider']
		],
		[
			'number: the measured thing is the subject of the clause',
			[
				strategy('a.md', 'Audit records of a payment are kept in cold storage for 7 years.'),
				strategy(
					'b.md',
					'Audit records from the gateway are kept for 90 days; only summaries stay longer.'
				)
			],
			['number audit records']
		],
		[
			'polarity: built in-house vs a product claimed for everything',
			[
				strategy(
					'a.md',
					'Every team and every service uses Okta for staff sign-in and partner accounts.'
				),
				strategy(
					'b.md',
					'Partner accounts sign in through gatekeeper, our in-house login service for partners.'
				)
			],
			['polarity build vs buy: sign, partner, accounts']
		],
		[
			'category: a cloud is chosen for the whole company',
			[
				strategy('a.md', 'Production runs on AWS.'),
				strategy('b.md', 'New workloads go to Google Cloud, where our credits are.')
			],
			['category cloud provider']
		],
		[
			'category: a name the lexicon does not know, chosen for a named category',
			[
				strategy('a.md', 'Quarry is our only message broker for billing events.'),
				strategy('b.md', 'Billing events default to NATS, because it is cheap to run.')
			],
			['category message broker']
		],
		[
			'number: different retention for the same logs',
			[
				strategy('a.md', 'Application logs are retained for 30 days.'),
				strategy(
					'b.md',
					'We keep application logs for 90 days, because audits look back a quarter.'
				)
			],
			['number application logs']
		],
		[
			'number: different availability targets for one service',
			[
				strategy('a.md', '`gridlink` is held to 99.95% monthly availability.'),
				strategy('b.md', 'Every service, `gridlink` included, targets 99.9% monthly availability.')
			],
			['number gridlink monthly availability']
		]
	])('%s', (_, docs, expected) => {
		expect(kinds(docs)).toEqual(expected);
	});

	it.each([
		[
			'the same choice in both (agreement)',
			[
				strategy('a.md', 'PostgreSQL is the default database for every new service.'),
				strategy('b.md', 'New services get their PostgreSQL schema from the template.')
			]
		],
		[
			'both refuse the same thing (agreement)',
			[
				strategy('a.md', 'No new DynamoDB tables.'),
				strategy('b.md', 'We do not add DynamoDB tables for sessions.')
			]
		],
		[
			'equal numbers for the same thing (agreement)',
			[
				strategy('a.md', 'Readings are kept for 13 months in the telemetry store.'),
				strategy('b.md', 'Warehouse tables keep readings for 13 months.')
			]
		],
		[
			'languages for the front end and the backend (different scopes)',
			[
				strategy('a.md', 'The teacher dashboard is written in TypeScript with React.'),
				strategy('b.md', 'All new backend services are written in Kotlin.')
			]
		],
		[
			'numbers for different things',
			[
				strategy('a.md', 'The lesson player must load a lesson in under 3 seconds.'),
				strategy('b.md', 'Each public API keeps a p95 latency under 300 ms at our edge.')
			]
		],
		[
			'a number only in the reason clause',
			[
				strategy('a.md', 'Each public endpoint has a p99 budget of 300 ms at our edge.'),
				strategy(
					'b.md',
					'The authorization path stays in Go, because it has a 40 ms p99 budget at the edge.'
				)
			]
		],
		[
			'"the rest" is not the REST protocol',
			[
				strategy('a.md', 'We standardize on gRPC for all internal calls.'),
				strategy('b.md', 'A release reaches the rest of the internal calls after a week.')
			]
		],
		[
			'one strategy only',
			[
				strategy(
					'a.md',
					'PostgreSQL is the default database for every new service.',
					'Every new service stores its data in DynamoDB.'
				)
			]
		]
	])('no contradiction: %s', (_, docs) => {
		expect(kinds(docs)).toEqual([]);
	});

	it('explains each contradiction and quotes both sides as written', () => {
		const [c] = weave(
			[
				strategy('a.md', 'Kafka is our only message broker. We do not create SQS queues.'),
				strategy('b.md', 'New event queues default to SQS, because the warehouse reads it.')
			],
			{ today: '2026-01-15' }
		).contradictions;
		expect(c.a).toMatchObject({
			doc: 'a.md',
			line: 9,
			text: 'Kafka is our only message broker. We do not create SQS queues.'
		});
		expect(c.b.text).toBe('New event queues default to SQS, because the warehouse reads it.');
		expect(c.why).toMatch(/SQS/);
		expect(c.topic).toBe('message broker');
	});
});

describe('weave policies', () => {
	it('reads every item under a Policies heading as a policy, whatever its tense', () => {
		const docs = [
			strategy(
				'a.md',
				'Each mobile team owns its release pipeline and picks the CI service it likes.',
				'Android apps are written in Kotlin, and the iOS apps in Swift.'
			),
			{ name: 'b.md', markdown: '# B\n\n## Context\n\n1. Each team owns a pipeline today.\n' }
		];
		const texts = weave(docs, { today: '2026-01-15' }).policies.map((p) => p.text);
		expect(texts).toEqual([
			'Each mobile team owns its release pipeline and picks the CI service it likes.',
			'Android apps are written in Kotlin, and the iOS apps in Swift.'
		]);
	});

	it.each([
		['The depot tills are outside this strategy; the retail team writes its own.', []],
		['Warehouse robots are not covered by these records.', []],
		['Customer refunds are out of scope here.', []],
		['Payroll data is not covered here.', []],
		[
			'Nothing outside a depot network reaches its tills.',
			['Nothing outside a depot network reaches its tills.']
		],
		['Tills are covered by the depot insurance.', ['Tills are covered by the depot insurance.']]
	])('reads no policy in a note on the document’s own scope: %s', (item, expected) => {
		const texts = weave([strategy('a.md', item)], { today: '2026-01-15' }).policies.map(
			(p) => p.text
		);
		expect(texts).toEqual(expected);
	});
});

describe('weave threads', () => {
	const docs = [
		strategy(
			'strategy/01.md',
			'Every write to a money table carries an idempotency key, so that retries are safe.',
			'Kotlin services are maintained but not extended.'
		),
		strategy(
			'strategy/02.md',
			'Retries are permitted only on calls that carry an idempotency key.',
			'Dashboards live in Grafana.'
		),
		strategy('strategy/03.md', 'All public POST endpoints require an idempotency key header.')
	];

	it('finds a direction shared by several strategies, ranked, with its evidence as written', () => {
		const w = weave(docs, { today: '2026-01-15' });
		expect(w.threads).toHaveLength(1);
		const [t] = w.threads;
		expect(t.docs).toEqual(['strategy/01.md', 'strategy/02.md', 'strategy/03.md']);
		expect(t.evidence.map((e) => [e.doc, e.line])).toEqual([
			['strategy/01.md', 9],
			['strategy/02.md', 9],
			['strategy/03.md', 9]
		]);
		expect(t.evidence[1].text).toBe(
			'Retries are permitted only on calls that carry an idempotency key.'
		);
		expect(t.policies.every((id) => w.policies.some((p) => p.id === id))).toBe(true);
		expect(t.rationale).toContain('so that retries are safe.');
	});

	it('never threads two policies that contradict each other', () => {
		const w = weave(
			[
				strategy('a.md', 'All new services are written in Go, for every team.'),
				strategy('b.md', 'All new services are written in Python, for every team.')
			],
			{ today: '2026-01-15' }
		);
		expect(w.contradictions).toHaveLength(1);
		expect(w.threads).toHaveLength(0);
	});

	it('threads the policy an item opens with, not the sentence arguing for it', () => {
		const w = weave(
			[
				strategy(
					'strategy/a.md',
					'Scans go to the ledger as soon as a driver takes them. Nobody in winter gloves can type a password on a handheld between drops.'
				),
				strategy(
					'strategy/b.md',
					'Handheld scanners ask drivers to type a password between drops, even in winter gloves.'
				)
			],
			{ today: '2026-01-15' }
		);
		expect(w.threads.map((t) => t.evidence.map((e) => e.text))).toEqual([
			[
				'Scans go to the ledger as soon as a driver takes them.',
				'Handheld scanners ask drivers to type a password between drops, even in winter gloves.'
			]
		]);
	});

	it.each([
		[
			'All eleven depots move to the new scanner app by the end of Q2.',
			'Invoices older than eleven years are deleted by the end of Q2.'
		],
		[
			'Forty drivers a night use the handheld scanners.',
			'Forty invoices a night are checked by hand.'
		]
	])('threads no two policies on a count in words or a quarter they share: %s', (a, b) => {
		const w = weave([strategy('strategy/a.md', a), strategy('strategy/b.md', b)], {
			today: '2026-01-15'
		});
		expect(w.threads).toEqual([]);
	});

	it.each([
		{
			// a.md brings only its contested choice of Go: a and c share a topic, not a direction.
			third: 'New Go services ship as one static binary per team.',
			a: ['All new services are written in Go, for every team.'],
			b: 'All new services are written in Python, for every team.',
			threads: []
		},
		{
			// a.md's contested unit takes the direction c.md takes (a staged rollout): a thread.
			third:
				'Every app release goes to the Leeds depot first, and the other depots get it only after a week there.',
			a: [
				'Releases ship in every week of the year. Every release goes to the Leeds depot first, and the other depots get it only after a week there.'
			],
			b: 'From 1 December to 6 January nothing is deployed to production.',
			threads: [['strategy/a.md', 'strategy/c.md']]
		}
	])(
		'threads two strategies meeting on a contested policy only when they share a direction: $third',
		({ third, a, b, threads }) => {
			const w = weave(
				[
					strategy('strategy/a.md', ...a),
					strategy('strategy/b.md', b),
					strategy('strategy/c.md', third)
				],
				{ today: '2026-01-15' }
			);
			expect(w.contradictions.length).toBeGreaterThan(0);
			expect(w.threads.map((t) => t.docs)).toEqual(threads);
		}
	);
});

describe('horizon and prompts', () => {
	it.each([
		['2026-01-15', '2028-01-15', '2029-01-15'],
		['2028-02-29', '2030-02-28', '2031-02-28'],
		['2025-12-31', '2027-12-31', '2028-12-31']
	])('from %s', (today, from, to) => {
		expect(horizonOf(today)).toEqual({ today, from, to });
		expect(addYears(today, 2)).toBe(from);
	});

	it.each(['2026-02-30', '15/01/2026', '', 'tomorrow'])('rejects today = %j', (today) => {
		expect(() => weave([], { today })).toThrow(RangeError);
	});

	it('asks questions with data from the strategies, dated to the horizon', () => {
		const w = weave(
			[
				strategy(
					'a.md',
					'We keep one PostgreSQL cluster rather than a database per team, at the cost of slower schema changes for the Payments team.'
				),
				strategy(
					'b.md',
					'One PostgreSQL cluster serves every team, rather than a database per team.'
				)
			],
			{ today: '2026-03-10' }
		);
		expect(monthYear(w.horizon.from)).toBe('March 2028');
		expect(w.prompts).toHaveLength(1);
		const [p] = w.prompts;
		expect(p.thread).toBe(w.threads[0].id);
		expect(p.by).toBe('March 2028');
		expect(p.data).toContain('2 of 2 strategies share this direction (a, b).');
		expect(p.data).toContain('2 strategies (a, b) set aside "a database per team".');
		expect(p.data.join(' ')).toMatch(/Payments team/);
		expect(p.questions.join(' ')).toMatch(
			/By March 2028, what will setting aside "a database per team"/
		);
		// The thread's own sentence is quoted, so the question reads whatever its grammar.
		expect(p.questions[0]).toMatch(/^By March 2028, what will users and the business see from "/);
	});
});

describe('ids', () => {
	const a = strategy(
		'a.md',
		'All new services are written in Go.',
		'Every RPC carries a deadline.'
	);
	const b = strategy(
		'b.md',
		'New model services are written in Python.',
		'Every call carries a deadline.'
	);

	it('are stable across runs, reformatting and changes elsewhere, and change with the words', () => {
		const first = weave([a, b], { today: '2026-01-15' });
		const again = weave([a, b], { today: '2027-06-01' });
		expect(again.policies.map((p) => p.id)).toEqual(first.policies.map((p) => p.id));
		expect(again.contradictions.map((c) => c.id)).toEqual(first.contradictions.map((c) => c.id));
		expect(again.threads.map((t) => t.id)).toEqual(first.threads.map((t) => t.id));
		// Whitespace and an added paragraph elsewhere keep every id.
		const moved = {
			name: 'a.md',
			markdown: a.markdown
				.replace('## Context', '## Context\n\nA new paragraph.\n')
				.replace('written in Go.', 'written   in Go.')
		};
		const third = weave([moved, b], { today: '2026-01-15' });
		expect(third.contradictions.map((c) => c.id)).toEqual(first.contradictions.map((c) => c.id));
		expect(third.policies.map((p) => p.id)).toEqual(first.policies.map((p) => p.id));
		// Sides swapped (documents in the other order): same contradiction id.
		const swapped = weave([b, a], { today: '2026-01-15' });
		expect(swapped.contradictions.map((c) => c.id)).toEqual(first.contradictions.map((c) => c.id));
		// A changed word is a new policy.
		const changed = weave([{ name: 'a.md', markdown: a.markdown.replace('Go.', 'Rust.') }, b], {
			today: '2026-01-15'
		});
		expect(changed.policies[0].id).not.toBe(first.policies[0].id);
	});

	it('never throws on odd Markdown', () => {
		for (const markdown of [
			'',
			'###',
			'| a |\n|---|\n| b |',
			'```\ncode\n```',
			'- \n- [ ]',
			'\u0000'
		])
			expect(() => weave([{ name: 'x.md', markdown }, a], { today: '2026-01-15' })).not.toThrow();
	});
});

describe('weave contradictions: measures, names and axes read from structure', () => {
	const found = (docs: NamedDoc[]) =>
		weave(docs, { today: '2026-01-15' }).contradictions.map((c) => `${c.kind} ${c.topic}`);
	/** A strategy whose context defines a name before its policies use it. */
	const defining = (name: string, context: string, ...policies: string[]): NamedDoc => {
		const doc = strategy(name, ...policies);
		return { ...doc, markdown: doc.markdown.replace('## Policies', `${context}\n\n## Policies`) };
	};

	it.each([
		[
			'number: one delay in minutes and in seconds, at the same percentile',
			[
				strategy(
					'a.md',
					'A shipping label prints no more than three minutes after the warehouse accepts the order, for 95% of orders.'
				),
				strategy(
					'b.md',
					'Order-to-label printing has an objective of 45 seconds at the 95th percentile, measured from the warehouse accepting the order.'
				)
			],
			/^number /
		],
		[
			'number: retention in years and in days, worded differently',
			[
				strategy('a.md', 'Raw sensor readings from the kilns stay searchable for three years.'),
				strategy(
					'b.md',
					'Sensor readings from every kiln are deleted after 60 days, raw ones included.'
				)
			],
			/^number /
		],
		[
			'number: an amount of the same thing lost, in minutes and hours',
			[
				strategy(
					'a.md',
					'A store database can be recovered with no more than ten minutes of orders lost.'
				),
				strategy(
					'b.md',
					'For a store database recovery we accept losing up to two hours of orders.'
				)
			],
			/^number /
		],
		[
			'polarity: a name defined in the context stands for the system it names',
			[
				defining(
					'a.md',
					'Our oldest broker is `till-bus`, the RabbitMQ cluster that came with the point-of-sale system.',
					'`till-bus` takes no new queues and is switched off by June 2028.'
				),
				strategy(
					'b.md',
					'New franchise stores are onboarded onto RabbitMQ queues, and we are buying two more RabbitMQ nodes.'
				)
			],
			/^polarity RabbitMQ$/
		],
		[
			'category: one stream processor claimed as the only one vs another adopted',
			[
				strategy(
					'a.md',
					'Spark Streaming is our one stream processor, and we will not run a second one beside it.'
				),
				strategy('b.md', 'Fraud scoring moves to Apache Flink next spring.')
			],
			/^category stream-processing$/
		],
		[
			'polarity: a conditional automatic action vs a person approving',
			[
				strategy(
					'a.md',
					'When a refund is under 20 dollars, the billing bot pays it into the customer account without waiting for a reviewer.'
				),
				strategy(
					'b.md',
					'No automated action may move customer money; a person approves every refund before it is paid.'
				)
			],
			/^polarity automatic vs a person decides/
		],
		[
			'polarity: releases every month of the year vs a dated freeze',
			[
				strategy('a.md', 'Pricing models ship on a weekly train in every month of the year.'),
				strategy('b.md', 'From 20 November to 5 January nothing is deployed to production.')
			],
			/^polarity releases all year vs a freeze$/
		],
		[
			'polarity: federated sign-in vs credentials of our own',
			[
				strategy(
					'a.md',
					'Staff sign in to every internal tool through the company identity provider over OIDC.'
				),
				strategy(
					'b.md',
					'Warehouse pickers sign in on the scanner with a four-digit PIN checked against our own user table.'
				)
			],
			/^polarity sign-in/
		]
	])('%s', (_, docs, expected) => {
		const out = found(docs);
		expect(out).toHaveLength(1);
		expect(out[0]).toMatch(expected);
	});

	it.each([
		[
			'a stage that lasts a day vs a delay after an event',
			[
				strategy('a.md', 'Releases reach one region for 24 hours, and only then every region.'),
				strategy(
					'b.md',
					'An order reaches the packing screen no more than two minutes after the shop releases it.'
				)
			]
		],
		[
			'a lead time before a limit vs a cap after a start',
			[
				strategy(
					'a.md',
					'The app warns a driver 30 minutes before they reach the 10-hour driving limit.'
				),
				strategy(
					'b.md',
					'The planner never schedules a driver to drive more than 9 hours after they start, leaving an hour of the limit spare.'
				)
			]
		],
		[
			'existing code that stays in a language vs new services in another',
			[
				strategy('a.md', 'New services are written in Kotlin.'),
				strategy('b.md', 'The pricing engine stays in C++ and is called from the Kotlin services.')
			]
		],
		[
			'both keep a person between automation and the customer (agreement)',
			[
				strategy(
					'a.md',
					'The app never applies a route change on its own; the driver confirms it first.'
				),
				strategy(
					'b.md',
					'No automated change reaches a driver; a person approves every route change.'
				)
			]
		],
		[
			'a target that stops taking deployments vs a freeze window',
			[
				strategy('a.md', 'From 2027 nothing new is deployed to the old virtual machines.'),
				strategy('b.md', 'Pricing models ship on a weekly train in every month of the year.')
			]
		]
	])('%s: none', (_, docs) => {
		expect(found(docs)).toEqual([]);
	});
});

describe('weave policies: a section of commitments', () => {
	it('reads the sentence after each bold title as a policy, and not the titles or the story', () => {
		const markdown = [
			'# Support strategy',
			'',
			'## What we commit to',
			'',
			'**Tickets get a human.** Every ticket is answered by a person within four hours. Last spring a bot closed two hundred tickets.',
			'',
			'**Refunds are quick.** Refunds under 50 dollars are paid the same day.'
		].join('\n');
		const texts = weave([{ name: 's.md', markdown }], { today: '2026-01-15' }).policies.map(
			(p) => p.text
		);
		expect(texts).toEqual([
			'Every ticket is answered by a person within four hours.',
			'Refunds under 50 dollars are paid the same day.'
		]);
	});
});

describe('weave: a run of thousands of characters with no full stop', () => {
	it('is not read as a policy, and the other policies are', () => {
		const doc = (name: string, body: string) => ({
			name,
			markdown: `# ${name}\n\n## Policies\n\n${body}\n`
		});
		const w = weave(
			[
				doc('runs.md', 'rather than left '.repeat(2_900)),
				doc('store.md', 'We keep every order in PostgreSQL because it is the store we know.')
			],
			{ today: '2026-01-15' }
		);
		expect(w.policies.map((p) => p.text)).toEqual([
			'We keep every order in PostgreSQL because it is the store we know.'
		]);
	});
});
