/**
 * Instant feedback for the self-check quiz on the /hoi-thi/ pages: when a reader picks an
 * answer, the question's live region says whether it is right, with the explanation, and the
 * answer's <details> opens. Without this script the page works the same way by hand. Nothing
 * is stored or sent: no storage, no requests, no score. Bundled as a file, never inline, so it
 * runs under a strict Content-Security-Policy.
 */

export interface QuizWords {
  right: (explanation: string) => string;
  wrong: (answer: string, explanation: string) => string;
}

export function runQuizFeedback(root: ParentNode, words: QuizWords): void {
  for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-quiz]')) {
    fieldset.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]');
      const details = fieldset.querySelector<HTMLDetailsElement>('[data-details]');
      const explanation = fieldset.dataset.explanation ?? '';
      const right = input.hasAttribute('data-correct');
      if (feedback) feedback.textContent = right ? words.right(explanation) : words.wrong(fieldset.dataset.answer ?? '', explanation);
      fieldset.dataset.result = right ? 'right' : 'wrong';
      if (details) details.open = true;
    });
  }
}
