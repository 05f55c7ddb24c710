import { cameraVi } from './camera.vi.ts';
import { answerVi } from './answer.vi.ts';
import { layoutVi } from './layout.vi.ts';
import { freshnessVi } from './freshness.vi.ts';
import { printVi } from './print.vi.ts';
import { citizenVi } from './citizen.vi.ts';
import { proceduresVi } from './procedures.vi.ts';
import { scannerVi } from './scanner.vi.ts';
import { technicianVi } from './technician.vi.ts';

/**
 * Vietnamese: the source catalogue. Every user-facing string of the kiosk lives here (and in
 * en.ts, which must have the same keys). `{name}` marks a parameter filled in by `t()`.
 * Use the official terms of GLOSSARY.md: citizens know them from their receipts.
 */
export const vi = {
  'app.title': 'Tra cứu hồ sơ',
  'app.starting': 'Đang khởi động máy tra cứu…',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'lang.viShort': 'VI',
  'lang.enShort': 'EN',

  'demo.mark': 'Dữ liệu mẫu',
  'demo.note': 'Máy đang chạy với dữ liệu mẫu, không phải hồ sơ thật.',

  'sync.asOf': 'Dữ liệu cập nhật lúc {time}',
  'sync.never': 'Chưa nhận được dữ liệu từ máy chủ',
  'sync.offline': 'Đang mất kết nối với máy chủ: thông tin có thể chưa mới nhất.',

  'home.title': 'Tra cứu tình trạng hồ sơ',
  'home.scanPrompt': 'Đưa mã vạch hoặc mã QR trên Giấy tiếp nhận hồ sơ vào máy quét',
  'home.scanHint': 'Kết quả sẽ hiện ra sau vài giây.',
  'home.or': 'hoặc',
  'home.typeCode': 'Nhập mã hồ sơ',

  'manual.title': 'Nhập mã hồ sơ',
  'manual.help': 'Mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ví dụ:',
  'manual.example': '000.00.12.H53-230915-0003',
  'manual.inputLabel': 'Mã hồ sơ',
  'manual.keyboard': 'Bàn phím nhập mã hồ sơ',
  'manual.autoSeparators': 'Chỉ cần bấm chữ số và chữ cái: dấu chấm và dấu gạch ngang tự được thêm vào.',
  'manual.backspace': 'Xóa',
  'manual.clear': 'Xóa hết',
  'manual.submit': 'Tra cứu',

  'nav.back': 'Quay lại',
  'nav.home': 'Màn hình chính',
  'nav.typeCode': 'Nhập mã bằng bàn phím',

  'lookup.pending': 'Đang tra cứu hồ sơ…',

  'result.title': 'Thông tin hồ sơ',
  'result.code': 'Mã hồ sơ',
  'result.procedure': 'Thủ tục',
  'result.field': 'Lĩnh vực',
  'result.agency': 'Đơn vị xử lý',
  'result.applicant': 'Chủ hồ sơ',
  'result.receivedAt': 'Ngày tiếp nhận',
  'result.dueAt': 'Ngày hẹn trả kết quả',
  'result.finishedAt': 'Ngày xử lý xong',
  'result.returnedAt': 'Ngày trả kết quả',
  'result.noDueDate': 'Không có ngày hẹn',
  'result.dueNoLonger': 'Không còn áp dụng (hồ sơ không tiếp tục giải quyết)',
  'result.status': 'Tình trạng',
  'result.timing': 'Thời hạn',
  'result.timeline': 'Quá trình xử lý',
  'result.timelineEmpty': 'Chưa có thông tin quá trình xử lý.',
  'result.nextStep': 'Việc cần làm tiếp theo',
  'result.scanAnother': 'Muốn tra cứu hồ sơ khác, hãy quét mã của hồ sơ đó.',

  'next.supplement': 'Giấy tờ cần bổ sung:',
  'next.supplementUnknown': 'Vui lòng hỏi cán bộ tại Bộ phận Một cửa về các giấy tờ cần bổ sung.',
  'next.pay': 'Số tiền cần nộp (phí, lệ phí): {amount}',
  'next.payUnknown': 'Vui lòng hỏi cán bộ tại Bộ phận Một cửa về số tiền phí, lệ phí cần nộp.',
  'next.payThen': 'Sau khi nộp, hồ sơ sẽ được tiếp tục xử lý.',
  'next.collect': 'Kết quả đã sẵn sàng. Vui lòng mang Giấy tiếp nhận hồ sơ và giấy tờ tùy thân đến nhận tại: {counter}',
  'next.collectDefault': 'Kết quả đã sẵn sàng. Vui lòng mang Giấy tiếp nhận hồ sơ và giấy tờ tùy thân đến Quầy trả kết quả.',
  'next.wait': 'Hiện chưa cần làm gì thêm. Vui lòng chờ đến ngày hẹn trả kết quả.',
  'next.waitUntil': 'Hiện chưa cần làm gì thêm. Vui lòng quay lại vào ngày hẹn trả kết quả: {date}.',
  'next.waitOverdue': 'Hồ sơ đã quá ngày hẹn trả kết quả. Cơ quan xử lý sẽ hẹn lại ngày trả; Ông/Bà có thể hỏi cán bộ tại Bộ phận Một cửa để biết ngày hẹn mới.',
  'next.contactDesk': 'Vui lòng liên hệ cán bộ tại Bộ phận Một cửa để được hướng dẫn.',

  'error.unreadable.title': 'Không đọc được mã',
  'error.unreadable.body': 'Vui lòng quét lại: giữ phiếu thẳng, cách máy quét khoảng 10–20 cm. Hoặc nhập mã hồ sơ bằng bàn phím.',
  'error.unreadable.reason.empty': 'Máy quét chưa gửi nội dung nào.',
  'error.unreadable.reason.too-long': 'Nội dung vừa quét quá dài, có thể không phải mã hồ sơ.',
  'error.unreadable.reason.no-code': 'Không tìm thấy mã hồ sơ trong nội dung vừa quét.',
  'error.unreadable.reason.bad-agency': 'Phần mã cơ quan trong mã hồ sơ không đúng.',
  'error.unreadable.reason.bad-date': 'Phần ngày tiếp nhận trong mã hồ sơ không đúng.',
  'error.unreadable.reason.bad-sequence': 'Phần số thứ tự trong mã hồ sơ không đúng.',

  'error.notFound.title': 'Không tìm thấy hồ sơ',
  'error.notFound.body': 'Máy chưa có thông tin về hồ sơ có mã:',
  'error.notFound.asOf': 'Dữ liệu trên máy được cập nhật lúc {time}. Hồ sơ mới nộp có thể chưa có trong dữ liệu.',
  'error.notFound.asOfUnknown': 'Máy chưa nhận được dữ liệu mới từ máy chủ. Hồ sơ mới nộp có thể chưa có trong dữ liệu.',
  'error.notFound.ask': 'Vui lòng kiểm tra lại mã, hoặc hỏi cán bộ tại Bộ phận Một cửa.',
  'error.wait.title': 'Vui lòng chờ một chút',
  'error.wait.body': 'Máy vừa nhận nhiều mã hồ sơ liên tiếp không tìm thấy. Để bảo vệ thông tin của người dân, vui lòng chờ một chút rồi nhập lại mã, hoặc hỏi cán bộ tại Bộ phận Một cửa.',
  'error.wait.seconds': 'Bạn có thể thử lại sau {seconds} giây.',
  'error.wait.ready': 'Bây giờ bạn có thể nhập lại mã.',

  'error.otherAgency.title': 'Hồ sơ thuộc cơ quan khác',
  'error.otherAgency.body': 'Hồ sơ có mã dưới đây được tiếp nhận tại cơ quan khác, không phải tại đây:',
  'error.otherAgency.agency': 'Cơ quan tiếp nhận',
  'error.otherAgency.ask': 'Máy này chỉ tra cứu được hồ sơ nộp tại đây. Vui lòng tra cứu tại cơ quan đã tiếp nhận hồ sơ hoặc trên Cổng Dịch vụ công quốc gia.',

  'error.outOfService.title': 'Máy tạm ngưng phục vụ',
  'error.outOfService.body': 'Xin lỗi, máy tra cứu đang gặp sự cố. Vui lòng liên hệ cán bộ tại Bộ phận Một cửa để được hỗ trợ.',
  'error.outOfService.retry': 'Thử lại',
  'error.outOfService.detail': 'Mã lỗi cho cán bộ kỹ thuật: {code}',

  'idle.title': 'Ông/Bà còn đang sử dụng máy?',
  'idle.countdown': 'Sau {seconds} giây, máy sẽ trở về Màn hình chính và xóa thông tin vừa xem.',
  'idle.keepUsing': 'Cho tôi thêm thời gian',

  'statusName.1': 'Mới đăng ký',
  'statusName.2': 'Đã tiếp nhận',
  'statusName.3': 'Không được tiếp nhận',
  'statusName.4': 'Đang xử lý',
  'statusName.5': 'Yêu cầu bổ sung giấy tờ',
  'statusName.6': 'Yêu cầu thực hiện nghĩa vụ tài chính',
  'statusName.7': 'Đã rút hồ sơ theo yêu cầu',
  'statusName.8': 'Dừng xử lý',
  'statusName.9': 'Đã xử lý xong',
  'statusName.10': 'Đã trả kết quả',

  'status.1': 'Hồ sơ đã được đăng ký và đang chờ cán bộ tiếp nhận.',
  'status.2': 'Hồ sơ đã được tiếp nhận và đang được chuyển đến cơ quan xử lý.',
  'status.3': 'Hồ sơ không được tiếp nhận. Vui lòng liên hệ Bộ phận Một cửa để biết lý do.',
  'status.4': 'Hồ sơ đang được cơ quan xử lý giải quyết.',
  'status.5': 'Hồ sơ cần bổ sung giấy tờ. Vui lòng mang các giấy tờ dưới đây đến Bộ phận Một cửa.',
  'status.6': 'Hồ sơ đang chờ thực hiện nghĩa vụ tài chính: nộp phí, lệ phí hoặc thuế.',
  'status.7': 'Hồ sơ đã được rút theo yêu cầu của chủ hồ sơ.',
  'status.8': 'Hồ sơ đã dừng xử lý. Vui lòng liên hệ Bộ phận Một cửa để biết thêm chi tiết.',
  'status.9': 'Hồ sơ đã được giải quyết xong. Kết quả đang chờ Ông/Bà đến nhận.',
  'status.10': 'Kết quả đã được trả cho chủ hồ sơ.',
  'status.9.post': 'Hồ sơ đã được giải quyết xong. Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.',
  'status.10.post': 'Kết quả đã được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.',

  'timing.early': 'Trước hạn',
  'timing.on-time': 'Đúng hạn',
  'timing.overdue': 'Quá hạn',
  'timing.in-progress': 'Còn trong hạn',
  'timing.not-applicable': 'Không có hạn trả',

  ...proceduresVi,
  ...scannerVi,
  ...cameraVi,
  ...technicianVi,
  ...citizenVi,
  ...answerVi,
  ...layoutVi,
  ...freshnessVi,
  ...printVi,
} as const;

type Widen<T> = { [K in keyof T]: string };

/** The shape every language must fill: exactly the keys of the Vietnamese source. */
export type Catalogue = Widen<typeof vi>;
export type MessageKey = keyof Catalogue;
