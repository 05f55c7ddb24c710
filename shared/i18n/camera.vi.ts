/**
 * Vietnamese texts of the camera scanner: the citizen's preview on the home and attract screens,
 * and the technician's camera section of the scanner page. Spread into vi.ts.
 */
export const cameraVi = {
  'camera.holdHere': 'Đưa mã QR hoặc mã vạch trên Giấy tiếp nhận vào trước camera, giữ yên trong khung này.',
  'camera.starting': 'Đang mở camera…',
  'camera.citizenProblem': 'Camera đang không hoạt động. Xin bấm “Nhập mã hồ sơ” để nhập mã.',

  'scanner.source.camera': 'Camera',
  'camera.tech.title': 'Camera',
  'camera.tech.readInWindow': 'Mã được đọc từ hình ảnh camera, ngay trong cửa sổ tra cứu.',
  'camera.tech.intro': 'Hình ảnh từ camera chỉ dùng để đọc mã: không lưu, không ghi vào nhật ký, không gửi đi đâu.',
  'camera.tech.notSource': 'Nguồn quét hiện không phải camera: camera chỉ đọc mã cho công dân khi nguồn quét (scannerSource) là “camera”.',
  'camera.tech.devices': 'Camera tìm thấy',
  'camera.tech.none': 'Không tìm thấy camera nào.',
  'camera.tech.first': 'Camera đầu tiên tìm thấy',
  'camera.tech.unnamed': 'Camera {n}',
  'camera.tech.use': 'Dùng camera này',
  'camera.tech.chosen': 'Đang chọn',
  'camera.tech.refresh': 'Tìm lại camera',
  'camera.tech.resolution': 'Độ phân giải',
  'camera.tech.preview': 'Xem thử và đọc mã',
  'camera.tech.stopPreview': 'Tắt camera',
  'camera.tech.running': 'Camera đang chạy: {label}, {width}×{height}',
  'camera.tech.decoded': 'Đọc được: {text}',
  'camera.tech.nothingYet': 'Chưa đọc được mã nào. Đưa mã QR hoặc mã vạch vào trước camera.',
  'camera.tech.decodeTime': 'Giải mã một khung hình mất {ms} ms.',
  'camera.tech.saveFailed': 'Không lưu được lựa chọn camera.',
  'camera.problem.no-camera': 'Không tìm thấy camera. Kiểm tra cáp USB của camera rồi bấm “Tìm lại camera”.',
  'camera.problem.busy': 'Camera đang bị một chương trình khác sử dụng. Đóng chương trình đó (ví dụ phần mềm họp trực tuyến) rồi thử lại.',
  'camera.problem.denied': 'Máy tra cứu chưa được phép dùng camera. Đặt nguồn quét là “camera”; nếu chạy trong trình duyệt, cho phép trang dùng camera.',
  'camera.problem.failed': 'Không mở được camera hoặc bộ đọc mã. Khởi động lại máy tra cứu; nếu vẫn lỗi, gửi gói chẩn đoán cho bộ phận kỹ thuật.',
} as const;
