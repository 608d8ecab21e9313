/**
 * What the office reads when a body is refused: what was found and how to write it instead.
 * Vietnamese, for the staff who edit content/ (src/i18n/ will gather these into the message table).
 */
export const SAFE_MDX_MESSAGES = {
  esm: {
    found: (statement: string) => `có lệnh "${statement}" (import/export chạy mã khi dựng trang)`,
    fix: 'xóa dòng này; thân bài chỉ gồm chữ viết dạng Markdown, không nhập mã hay thành phần nào.',
  },
  expression: {
    found: (code: string) => `có biểu thức trong ngoặc nhọn "{${code}}" (mã chạy khi dựng trang)`,
    fix: 'viết thẳng nội dung bằng chữ; nếu cần chính dấu ngoặc nhọn thì viết \\{ và \\}.',
  },
  attributeExpression: {
    found: (element: string, attribute: string) => `thẻ <${element}> có thuộc tính ${attribute}={…} chứa mã`,
    fix: 'viết liên kết dạng Markdown: [chữ](https://…); các thuộc tính khác chỉ nhận chữ trong ngoặc kép.',
  },
  spread: {
    found: (element: string) => `thẻ <${element}> có {...} (trải thuộc tính từ mã)`,
    fix: 'xóa phần {...}; viết liên kết dạng Markdown: [chữ](https://…).',
  },
  eventHandler: {
    found: (element: string, attribute: string) => `thẻ <${element}> có thuộc tính sự kiện ${attribute} (chạy mã khi bấm hoặc tải trang)`,
    fix: 'xóa thuộc tính này; hướng dẫn không chứa mã chạy trên máy người đọc.',
  },
  component: {
    found: (name: string, allowed: string) => `có thành phần <${name}>, không có trong danh sách thành phần của bộ công cụ (${allowed})`,
    fix: 'viết nội dung bằng Markdown (## tiêu đề, - danh sách, **đậm**); README.md ("What a guide body may hold") liệt kê những gì được dùng.',
  },
  element: {
    found: (name: string) => `có thẻ HTML <${name}>, không thuộc danh sách thẻ an toàn`,
    fix: 'viết bằng Markdown: liên kết [chữ](https://…), ảnh ![mô tả](/anh.jpg), tiêu đề ## …; README.md ("What a guide body may hold") liệt kê các thẻ được dùng.',
  },
  attribute: {
    found: (element: string, attribute: string) => `thẻ <${element}> có thuộc tính ${attribute}, không thuộc danh sách thuộc tính an toàn`,
    fix: 'xóa thuộc tính này; README.md ("What a guide body may hold") liệt kê các thuộc tính được dùng.',
  },
  urlAttribute: {
    found: (element: string, attribute: string) => `thẻ <${element}> có thuộc tính địa chỉ ${attribute}, không được dùng ở thẻ này`,
    fix: 'viết liên kết dạng Markdown: [chữ](https://…), ảnh dạng ![mô tả](/anh.jpg).',
  },
  obfuscatedUrl: {
    found: (where: string, url: string) => `${where} có địa chỉ bị che giấu "${url}" (mã ký tự &#…;, dấu cách, ký tự điều khiển hoặc dấu \\)`,
    fix: 'viết liên kết dạng Markdown: [chữ](https://…), gõ địa chỉ thẳng, không mã hóa, không dấu cách.',
  },
  schemeUrl: {
    found: (where: string, url: string) => `${where} có địa chỉ "${url}" không phải trang web (javascript:, data:… chạy mã hoặc nhúng nội dung)`,
    fix: 'viết liên kết dạng Markdown: [chữ](https://…) tới trang chính thống, hoặc /huong-dan/<tên-tệp>/ tới trang của site.',
  },
} as const;

/** How a place holding an address is named in a message. */
export const describeUrlPlace = {
  attribute: (element: string, attribute: string) => `thẻ <${element}> thuộc tính ${attribute}`,
  link: () => 'liên kết Markdown',
  image: () => 'ảnh Markdown',
  definition: () => 'định nghĩa liên kết [..]: …',
};
