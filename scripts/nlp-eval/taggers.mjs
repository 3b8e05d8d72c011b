// The three libraries behind one interface: `tag(sentence)` → tokens with offsets and a coarse
// (Universal-Dependencies-like) part of speech, plus what each library gives beyond it.
// Libraries load from the scratch folder (see common.mjs: /tmp/nlp-eval via createRequire);
// none of them is a dependency of the app.
//
// Token: { text, lower, start, end, pos, fine, lemma, imperative }
//   pos   ADJ ADP ADV AUX CCONJ DET NOUN NUM PART PRON PROPN PUNCT SCONJ VERB X
//   fine  Penn-like form of a verb when the library says it: VB (base), VBG (-ing), VBN
//         (participle), VBD, VBZ/VBP, MD; '' otherwise
//   lemma the library's lemma, or the lower-cased word when it has none
//   imperative  true when the library itself tags the word as an imperative (compromise only)

/** Put each token's text back at its place in the sentence (sequential search). */
function locate(sentence, words) {
	let at = 0;
	return words.map((w) => {
		const i = sentence.indexOf(w, at);
		const start = i >= 0 ? i : at;
		at = i >= 0 ? i + w.length : at;
		return { start, end: start + w.length };
	});
}

export function winkTagger(wink) {
	const its = wink.its;
	return (sentence) => {
		const doc = wink.readDoc(sentence);
		const t = doc.tokens();
		const values = t.out(its.value);
		const pos = t.out(its.pos);
		const lemma = t.out(its.lemma);
		const where = locate(sentence, values);
		return values.map((text, i) => {
			const lower = text.toLowerCase();
			let fine = '';
			if (pos[i] === 'VERB' || pos[i] === 'AUX') {
				if (lower === 'may' || lower === 'might' || lower === 'will' || lower === 'could')
					fine = 'MD';
				else if (/ing$/.test(lower)) fine = 'VBG';
				else if (lemma[i] === lower) fine = 'VB';
				else if (/(?:ed|en|wn|t)$/.test(lower)) fine = 'VBN';
			}
			return { text, lower, ...where[i], pos: pos[i], fine, lemma: lemma[i], imperative: false };
		});
	};
}

const COMPROMISE_POS = [
	['Modal', 'AUX'],
	['Copula', 'AUX'],
	['Auxiliary', 'AUX'],
	['Pronoun', 'PRON'],
	['ProperNoun', 'PROPN'],
	['Gerund', 'VERB'],
	['Verb', 'VERB'],
	['Value', 'NUM'],
	['Noun', 'NOUN'],
	['Adjective', 'ADJ'],
	['Adverb', 'ADV'],
	['Determiner', 'DET'],
	['Preposition', 'ADP'],
	['Conjunction', 'CCONJ'],
	['Negative', 'PART'],
	['QuestionWord', 'PRON']
];

export function compromiseTagger(nlp) {
	return (sentence) => {
		const out = [];
		for (const s of nlp(sentence).json({ offset: true }))
			for (const t of s.terms) {
				const tags = new Set(t.tags);
				const pos = (COMPROMISE_POS.find(([k]) => tags.has(k)) ?? [null, 'X'])[1];
				const fine = tags.has('Modal')
					? 'MD'
					: tags.has('Gerund')
						? 'VBG'
						: tags.has('Participle')
							? 'VBN'
							: tags.has('PastTense')
								? 'VBD'
								: tags.has('Infinitive') || tags.has('Imperative')
									? 'VB'
									: tags.has('PresentTense')
										? 'VBZ'
										: '';
				const lower = (t.normal || t.text).toLowerCase();
				// compromise splits `don't` into `Don't` + an empty Negative term; keep both.
				out.push({
					text: t.text,
					lower,
					start: t.offset.start,
					end: t.offset.start + t.offset.length,
					pos,
					fine,
					lemma: tags.has('Copula') ? 'be' : lower,
					imperative: tags.has('Imperative')
				});
				if (t.post && /[,;:()—]/.test(t.post))
					out.push({
						text: t.post.trim(),
						lower: t.post.trim(),
						start: t.offset.start + t.offset.length,
						end: t.offset.start + t.offset.length + 1,
						pos: 'PUNCT',
						fine: '',
						lemma: '',
						imperative: false
					});
			}
		return out;
	};
}

const PENN = {
	MD: 'AUX',
	VB: 'VERB',
	VBD: 'VERB',
	VBG: 'VERB',
	VBN: 'VERB',
	VBP: 'VERB',
	VBZ: 'VERB',
	NN: 'NOUN',
	NNS: 'NOUN',
	NNP: 'PROPN',
	NNPS: 'PROPN',
	PRP: 'PRON',
	PRP$: 'DET',
	WP: 'PRON',
	WDT: 'DET',
	DT: 'DET',
	PDT: 'DET',
	JJ: 'ADJ',
	JJR: 'ADJ',
	JJS: 'ADJ',
	RB: 'ADV',
	RBR: 'ADV',
	RBS: 'ADV',
	WRB: 'ADV',
	IN: 'ADP',
	TO: 'PART',
	CC: 'CCONJ',
	CD: 'NUM',
	EX: 'PRON',
	RP: 'PART',
	UH: 'X',
	FW: 'X',
	SYM: 'X',
	POS: 'PART'
};
const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'re", "'m", "'s"]);
const AUXES = new Set([...BE, 'do', 'does', 'did', 'have', 'has', 'had']);
const EN_WORD =
	/[A-Za-z0-9]+(?=n['’]t\b)|n['’]t\b|['’](?:re|m|s|ll|ve|d)\b|[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g;

export function enPosTagger(enPos) {
	return (sentence) => {
		const words = sentence.match(EN_WORD) ?? [];
		if (!words.length) return [];
		const tags = new enPos.Tag(words).initial().smooth().tags;
		const where = locate(sentence, words);
		return words.map((text, i) => {
			const lower = text.toLowerCase().replace(/’/g, "'");
			const tag = tags[i];
			let pos = PENN[tag] ?? (/^[^\w]/.test(tag) ? 'PUNCT' : 'X');
			if (pos === 'VERB' && AUXES.has(lower)) pos = 'AUX';
			if (lower === "n't" || lower === 'not') pos = 'PART';
			const fine = /^(?:MD|VB[DGNPZ]?)$/.test(tag) ? tag : '';
			return {
				text,
				lower,
				...where[i],
				pos,
				fine,
				lemma: BE.has(lower) ? 'be' : lower,
				imperative: false
			};
		});
	};
}
