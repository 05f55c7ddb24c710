/** The citizen screens' layout aids: scroll hint, scan again, the status summary, technician mode's banner. */
export const layoutVi = {
  'scroll.more': 'Kéo xuống để xem thêm',
  'result.procedureFull': 'Xem đủ tên',
  'result.procedureShort': 'Thu gọn',
  'error.unreadable.scanAgain': 'Quét lại',
  'summary.dueAt': 'Hẹn trả kết quả:',
  'summary.latest': 'Bước mới nhất:',
  'rating.jump': 'Đánh giá',
  'sync.outOfService': 'Máy đang tạm ngưng: thông tin trên máy có thể chưa mới nhất.',
  'tech.modeBanner': 'Chế độ kỹ thuật',
  'tech.modeNote': 'Dành cho cán bộ kỹ thuật, không dành cho người dân',
} as const;
