/**
 * Word status codes as the reader marks words (the class after `w` in the text's markup): k known,
 * i ignored, l1…l4 learning by stage; a new word has none.
 */
export type StatusCode = 'k' | 'i' | 'l1' | 'l2' | 'l3' | 'l4';
