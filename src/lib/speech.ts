/** The browser's speech synthesis with an Indonesian voice, when the device has one. */
export function indonesianVoice(): SpeechSynthesisVoice | undefined {
	if (typeof speechSynthesis === 'undefined') return undefined;
	return speechSynthesis
		.getVoices()
		.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('id'));
}

/** Calls back once voices are known (Chrome loads them asynchronously). */
export function whenVoicesReady(callback: () => void): () => void {
	if (typeof speechSynthesis === 'undefined') return () => {};
	callback();
	speechSynthesis.addEventListener('voiceschanged', callback);
	return () => speechSynthesis.removeEventListener('voiceschanged', callback);
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
	speechSynthesis.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.voice = voice;
	utterance.lang = voice.lang;
	utterance.rate = 0.9;
	speechSynthesis.speak(utterance);
}
