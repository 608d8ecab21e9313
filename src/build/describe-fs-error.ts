/**
 * A file-system failure during a build, said in one line with the path, for the office
 * (no stack trace: these are problems of the machine, not of the code).
 */
export class BuildFsError extends Error {
  override name = 'BuildFsError';
}

const PROBLEMS: Record<string, (where: string) => string> = {
  ENOSPC: (where) => `Ổ đĩa chứa ${where} đã đầy (ENOSPC): xóa bớt tệp hoặc dựng vào ổ khác (--out <thư mục>), rồi chạy lại.`,
  EROFS: (where) => `${where} nằm trên ổ chỉ đọc (EROFS): dựng vào thư mục ghi được (--out <thư mục>), hoặc gỡ chế độ chỉ đọc của ổ.`,
  EBUSY: (where) => `${where} đang bị chương trình khác dùng (EBUSY): đóng cửa sổ thư mục, trình xem hoặc máy chủ thử đang mở nó, rồi chạy lại.`,
  EACCES: (where) => `Không có quyền ghi ${where} (EACCES): chạy bằng tài khoản sở hữu thư mục, hoặc dựng vào thư mục khác (--out <thư mục>).`,
  EPERM: (where) => `Hệ thống không cho phép thay ${where} (EPERM): đóng chương trình đang mở thư mục, kiểm tra quyền, rồi chạy lại.`,
};

/** The one-line message for an ENOSPC, EROFS, EBUSY, EACCES or EPERM error, or undefined for anything else. */
export function describeFsError(error: unknown, fallbackPath = ''): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const describe = code ? PROBLEMS[code] : undefined;
  return describe?.(path ?? fallbackPath);
}

/** `error` as a BuildFsError when it is one of the failures above, else unchanged. */
export function toBuildFsError(error: unknown, fallbackPath = ''): unknown {
  const message = describeFsError(error, fallbackPath);
  return message ? new BuildFsError(message, { cause: error }) : error;
}
