/**
 * Size limit of a guide or page body, in UTF-8 bytes. The longest real guide body is under
 * 3 KB; 64 KB is about 20 printed pages, far past what a citizen reads on a phone, and keeps a
 * pasted log file or a base64 image from reaching the page, the search index and the scripts.
 */
export const MAX_BODY_BYTES = 64 * 1024;
