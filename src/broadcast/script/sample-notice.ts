/**
 * The first line of every script built from made-up contacts (`sample: true` in
 * content/site.yaml or a commune file). The PDF and the announcer page carry "MẪU" in print,
 * but a text-to-speech box only has the words, so the plain text says it aloud before
 * anything else: whoever presses play hears that the numbers are not to be broadcast.
 */
export const SAMPLE_NOTICE = 'Bản mẫu. Số điện thoại và địa chỉ trong bài này là dữ liệu mẫu, không dùng để phát.';
