/**
 * Vietnamese texts of the lookup's answer (what to do next, per status), the site's help
 * (hotline, phản ánh, kiến nghị), the dossier's QR and the print action; spread into vi.ts.
 */
export const answerVi = {
  'answer.where': 'Nơi đến: {place}',
  'answer.whereDesk': 'Bộ phận Một cửa (Bộ phận tiếp nhận và trả kết quả) tại đây',
  'answer.hours': 'Giờ làm việc: {hours}',

  'answer.dueRestarts': 'Tính lại khi Ông/Bà nộp đủ giấy tờ',
  'answer.supplement.lead': 'Cơ quan xử lý cần Ông/Bà nộp bổ sung các giấy tờ sau:',
  'answer.supplement.note': 'Nội dung yêu cầu bổ sung:',
  'answer.supplement.bring': 'Vui lòng mang đến sớm, trong giờ làm việc, kèm Giấy tiếp nhận hồ sơ.',
  'answer.supplement.newDue': 'Ngày hẹn trả kết quả mới: {date}, khi Ông/Bà đã nộp đủ giấy tờ.',
  'answer.supplement.restart': 'Thời hạn giải quyết được tính lại từ ngày Ông/Bà nộp đủ giấy tờ; cán bộ sẽ hẹn ngày trả kết quả mới.',
  'answer.gloss.title': 'Giải thích:',
  'answer.gloss.certifiedCopy': '“Bản sao có chứng thực”: bản chụp đã được Ủy ban nhân dân xã, phường hoặc phòng, văn phòng công chứng xác nhận đúng với bản chính.',
  'answer.gloss.copy': '“Bản sao”: bản chụp (photo) của giấy tờ; nên mang theo bản chính để cán bộ đối chiếu.',
  'answer.gloss.original': '“Bản chính”: giấy tờ gốc do cơ quan có thẩm quyền cấp, không phải bản chụp.',
  'answer.gloss.cadastralSurvey': '“Mảnh trích đo địa chính”: bản vẽ hình dạng, kích thước thửa đất do đơn vị đo đạc có chức năng lập.',

  'answer.pay.lead': 'Các khoản phí, lệ phí cần nộp:',
  'answer.pay.notStated': 'chưa ghi số tiền',
  'answer.pay.total': 'Tổng cộng: {amount}',
  'answer.pay.how': 'Nộp trực tiếp tại nơi ghi dưới đây, hoặc trực tuyến nếu Ông/Bà đã nộp hồ sơ qua Cổng Dịch vụ công. Vui lòng giữ lại biên lai.',

  'answer.collect.ready': 'Kết quả đã sẵn sàng. Ông/Bà đến nhận tại nơi ghi dưới đây.',
  'answer.collect.documents': 'Kết quả gồm:',
  'answer.collect.bring': 'Mang theo: Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thẻ Căn cước hoặc Căn cước công dân (CCCD).',
  'answer.collect.proxy': 'Người khác có thể nhận thay nếu mang giấy ủy quyền của Ông/Bà, giấy tờ tùy thân của người nhận và Giấy tiếp nhận hồ sơ.',
  'answer.collect.post': 'Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký; Ông/Bà không cần đến nhận.',
  'answer.collect.postAsk': 'Chưa nhận được sau vài ngày? Vui lòng hỏi tại nơi ghi dưới đây.',

  'answer.returned.on': 'Kết quả đã được trả ngày {date}.',
  'answer.returned.done': 'Kết quả đã được trả.',
  'answer.returned.ask': 'Nếu Ông/Bà chưa nhận được kết quả, vui lòng mang Giấy tiếp nhận hồ sơ và thẻ Căn cước đến nơi ghi dưới đây.',
  'answer.returned.postOn': 'Kết quả đã được gửi qua dịch vụ bưu chính công ích ngày {date}, đến địa chỉ Ông/Bà đã đăng ký.',
  'answer.returned.post': 'Kết quả đã được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.',
  'answer.returned.postAsk': 'Chưa nhận được sau vài ngày? Vui lòng mang Giấy tiếp nhận hồ sơ đến hỏi tại nơi ghi dưới đây.',

  'answer.closed.reason': 'Lý do, theo ghi nhận ngày {date}:',
  'answer.closed.noReason': 'Máy chưa có thông tin về lý do.',
  'answer.closed.ask.3': 'Để biết cần bổ sung gì và cách nộp lại hồ sơ, vui lòng hỏi tại nơi ghi dưới đây.',
  'answer.closed.ask.7': 'Nếu Ông/Bà muốn nộp lại hồ sơ hoặc nhận lại giấy tờ đã nộp, vui lòng hỏi tại nơi ghi dưới đây.',
  'answer.closed.ask.8': 'Để biết vì sao hồ sơ dừng xử lý và cần làm gì tiếp, vui lòng hỏi tại nơi ghi dưới đây.',

  'help.title': 'Cần hỗ trợ hoặc muốn phản ánh?',
  'help.hotline': 'Đường dây nóng: {phone}',
  'help.noHotline': 'Hỏi cán bộ tại Bộ phận Một cửa.',
  'help.complaint': 'Phản ánh, kiến nghị:',
  'help.complaintDefault': 'gửi tại Bộ phận Một cửa, hoặc trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), mục “Phản ánh, kiến nghị”.',
  'help.complaintOnline': 'Trực tuyến: {url}',
  'rating.complaint': 'Rất tiếc Ông/Bà chưa hài lòng. Ông/Bà có thể gửi phản ánh, kiến nghị và sẽ được trả lời:',

  'answer.qrTitle': 'Theo dõi hồ sơ trên điện thoại',
  'answer.qrHelp': 'Dùng điện thoại quét mã QR để mở trang tra cứu hồ sơ này. Mã QR chỉ chứa mã hồ sơ, không có thông tin cá nhân.',
  'answer.qrAlt': 'Mã QR mở trang tra cứu hồ sơ {code}',

} as const;
