/**
 * How fresh the answer on screen is (freshness at the scan): confirmed with the district server
 * just now, or how old it is when the server could not be asked.
 */
export const freshnessVi = {
  'freshness.confirmed': 'Vừa xác nhận với máy chủ lúc {time}',
  'freshness.unconfirmed': 'Chưa xác nhận được với máy chủ: dữ liệu cập nhật lúc {time} ({age})',
  'freshness.unconfirmedNoData': 'Chưa xác nhận được với máy chủ',
  'freshness.age.justNow': 'vừa xong',
  'freshness.age.minutes': '{n} phút trước',
  'freshness.age.hours': '{n} giờ trước',
  'freshness.age.days': '{n} ngày trước',
} as const;
