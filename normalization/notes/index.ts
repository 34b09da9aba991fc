// Operator notes as data (issue 6): category from free text, and the things a note's text names.
export {
  createNoteClassifier, evaluateNoteClassifier, crossValidateNoteClassifier, labelledNotes, splitLabelledNotes, noteCategories,
  NOTE_CLASSIFIER_VERSION, DEFAULT_NOTE_THRESHOLD,
} from './note-classifier.ts';
export type { NoteCategory, NoteClassification, NoteClassifier, NoteEvaluation } from './note-classifier.ts';
export { extractMentions } from './mentions.ts';
export type { TextMention, MentionKind } from './mentions.ts';
