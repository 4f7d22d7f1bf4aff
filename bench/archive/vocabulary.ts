// Word lists for generated Vietnamese reports: people, places, bodies, and what each section writes about.
// Spelled the way most Vietnamese newsrooms do (old-style tone placement: Hòa, Thủy, Ủy ban); the generator
// rewrites a share of articles in the new style so the archive holds both.

export const surnames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng',
  'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai',
];

/** Middle names other than Thị, which the generator adds for women. */
export const middleNames = [
  'Văn', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Hữu', 'Ngọc', 'Thu', 'Hoàng',
  'Xuân', 'Công', 'Đình', 'Kim', 'Bảo', 'Gia', 'Tuấn', 'Thùy', 'Mạnh', 'Phương',
];

export const givenNames = [
  'Anh', 'Bình', 'Chi', 'Cường', 'Dũng', 'Dương', 'Đạt', 'Giang', 'Hà', 'Hải',
  'Hạnh', 'Hiếu', 'Hoa', 'Hòa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Khôi', 'Lan',
  'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Nhung', 'Phong', 'Phúc',
  'Phương', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Toàn', 'Trang',
  'Trung', 'Tuấn', 'Tùng', 'Vân', 'Việt', 'Vy', 'Yến', 'Đức', 'Thành', 'Hằng',
  'Thúy', 'Khoa', 'Lộc', 'Lợi', 'Ánh', 'Oanh', 'Uyên', 'Duy', 'Hiền', 'Thụy',
];

/** Provinces and cities, with the word that goes before them in running text. */
export const provinces = [
  'Hà Nội', 'Thành phố Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Huế', 'Nghệ An', 'Quảng Ninh',
  'Đắk Lắk', 'Lâm Đồng', 'Khánh Hòa', 'Bình Dương', 'Đồng Nai', 'Thanh Hóa', 'Hà Tĩnh', 'Quảng Nam',
  'Quảng Ngãi', 'Bình Định', 'Gia Lai', 'Kon Tum', 'Lào Cai', 'Sơn La', 'Điện Biên', 'Hà Giang',
  'Cao Bằng', 'Lạng Sơn', 'Thái Nguyên', 'Bắc Ninh', 'Bắc Giang', 'Vĩnh Phúc', 'Phú Thọ', 'Nam Định',
  'Thái Bình', 'Ninh Bình', 'Hòa Bình', 'Kiên Giang', 'An Giang', 'Cà Mau', 'Sóc Trăng', 'Bạc Liêu',
  'Tiền Giang', 'Bến Tre', 'Vĩnh Long', 'Long An', 'Tây Ninh', 'Bình Phước', 'Bà Rịa - Vũng Tàu', 'Phú Yên',
  'Quảng Bình', 'Quảng Trị', 'Yên Bái', 'Tuyên Quang', 'Hưng Yên', 'Hải Dương', 'Đắk Nông', 'Ninh Thuận',
  'Bình Thuận', 'Trà Vinh', 'Đồng Tháp', 'Hậu Giang', 'Lai Châu', 'Bắc Kạn',
];

/** Smaller places: districts, communes, neighbourhoods, landmarks. */
export const localities = [
  'huyện Mường Tè', 'xã Tân Phú', 'phường Bến Nghé', 'quận Hoàn Kiếm', 'huyện Cần Giờ', 'thị xã Sa Pa',
  'huyện Côn Đảo', 'xã Đông Hòa', 'phường Thủy Xuân', 'huyện Phú Quốc', 'xã Hòa Tiến', 'quận Ninh Kiều',
  'huyện Đồng Văn', 'xã Quảng Điền', 'phường Hội An', 'huyện Krông Pắc', 'xã Ea Kao', 'thị trấn Đông Anh',
  'quận Thanh Khê', 'huyện Lý Sơn', 'xã Thủy Bằng', 'phường Đống Đa', 'huyện Mộc Châu', 'xã Khe Sanh',
];

export const ministries = [
  'Bộ Y tế', 'Bộ Giáo dục và Đào tạo', 'Bộ Giao thông vận tải', 'Bộ Nông nghiệp và Phát triển nông thôn',
  'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài nguyên và Môi trường',
  'Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ Thông tin và Truyền thông',
  'Bộ Khoa học và Công nghệ', 'Bộ Xây dựng', 'Bộ Tư pháp',
];

export const agencies = [
  'Ngân hàng Nhà nước', 'Tổng cục Thống kê', 'Tập đoàn Điện lực Việt Nam', 'Tổng công ty Đường sắt Việt Nam',
  'Liên đoàn Bóng đá Việt Nam', 'Hội Nông dân Việt Nam', 'Trung ương Đoàn', 'Ủy ban Mặt trận Tổ quốc',
  'Cục Cảnh sát giao thông', 'Trung tâm Kiểm soát bệnh tật', 'Hiệp hội Lương thực Việt Nam',
  'Viện Hàn lâm Khoa học xã hội Việt Nam', 'Đại học Quốc gia Hà Nội', 'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy',
  'Sở Giao dịch Chứng khoán', 'Hiệp hội Du lịch Việt Nam', 'Tổng cục Hải quan',
];

/** Positions; `{place}` is filled with a province. */
export const positions = [
  'Chủ tịch Ủy ban nhân dân tỉnh {place}', 'Phó Chủ tịch Ủy ban nhân dân {place}', 'Bí thư Tỉnh ủy {place}',
  'Giám đốc Sở Y tế {place}', 'Giám đốc Sở Giáo dục và Đào tạo {place}', 'Giám đốc Sở Giao thông vận tải {place}',
  'Phó Giám đốc Công an tỉnh {place}', 'Trưởng Ban Quản lý dự án {place}', 'Bộ trưởng {ministry}',
  'Thứ trưởng {ministry}', 'Chánh Văn phòng {ministry}', 'Tổng Giám đốc {agency}', 'Phó Tổng Giám đốc {agency}',
  'Viện trưởng Viện Kinh tế Việt Nam', 'Hiệu trưởng Trường Đại học Bách khoa', 'Huấn luyện viên trưởng đội tuyển quốc gia',
  'chuyên gia kinh tế', 'Chủ tịch Hội đồng quản trị', 'Giám đốc Bệnh viện Đa khoa tỉnh {place}', 'Trưởng phòng Nông nghiệp huyện',
];

export interface SectionTopics {
  section: string;
  /** Noun phrases the section writes about. */
  topics: string[];
  /** Tags an editor would put on such a report. */
  tags: string[];
}

export const sections: SectionTopics[] = [
  {
    section: 'Kinh tế',
    topics: ['tăng trưởng GDP', 'kim ngạch xuất khẩu', 'giá vàng', 'lãi suất cho vay', 'thị trường chứng khoán',
      'vốn đầu tư trực tiếp nước ngoài', 'chỉ số giá tiêu dùng', 'doanh nghiệp nhỏ và vừa', 'thu ngân sách nhà nước',
      'giải ngân vốn đầu tư công', 'giá xăng dầu', 'thị trường bất động sản'],
    tags: ['kinh tế vĩ mô', 'xuất khẩu', 'giá vàng', 'lãi suất', 'chứng khoán', 'đầu tư công', 'giá xăng', 'FDI'],
  },
  {
    section: 'Giáo dục',
    topics: ['kỳ thi tốt nghiệp trung học phổ thông', 'tuyển sinh đại học', 'chương trình giáo dục phổ thông mới',
      'học phí', 'sách giáo khoa', 'đội ngũ giáo viên mầm non', 'học bổng cho học sinh nghèo', 'trường học vùng cao',
      'giáo dục nghề nghiệp', 'điểm chuẩn đại học'],
    tags: ['tuyển sinh', 'thi tốt nghiệp', 'học phí', 'giáo viên', 'sách giáo khoa', 'đại học'],
  },
  {
    section: 'Y tế',
    topics: ['tiêm chủng mở rộng', 'phòng chống sốt xuất huyết', 'bảo hiểm y tế', 'thuốc và vật tư y tế',
      'bệnh viện tuyến tỉnh', 'khám chữa bệnh từ xa', 'an toàn thực phẩm', 'dịch COVID-19', 'ghép tạng', 'y tế cơ sở'],
    tags: ['COVID-19', 'sốt xuất huyết', 'bảo hiểm y tế', 'tiêm chủng', 'an toàn thực phẩm', 'bệnh viện'],
  },
  {
    section: 'Thể thao',
    topics: ['đội tuyển bóng đá quốc gia', 'giải V-League', 'SEA Games', 'giải vô địch quốc gia', 'huy chương vàng',
      'vận động viên trẻ', 'giải chạy marathon', 'bóng chuyền nữ', 'cầu thủ nhập tịch'],
    tags: ['bóng đá', 'V-League', 'SEA Games', 'điền kinh', 'bóng chuyền', 'marathon'],
  },
  {
    section: 'Giao thông',
    topics: ['dự án đường cao tốc Bắc - Nam', 'tai nạn giao thông', 'ùn tắc giao thông giờ cao điểm', 'đường sắt đô thị',
      'cầu vượt sông Hồng', 'sân bay Long Thành', 'hoạt động đăng kiểm', 'xe buýt điện', 'đường vành đai 3'],
    tags: ['an toàn giao thông', 'cao tốc', 'đường sắt', 'đăng kiểm', 'ùn tắc', 'sân bay'],
  },
  {
    section: 'Nông nghiệp',
    topics: ['vụ lúa đông xuân', 'giá lúa gạo', 'xuất khẩu nông sản', 'cà phê Tây Nguyên', 'sầu riêng', 'thanh long',
      'chăn nuôi heo', 'nuôi trồng thủy sản', 'xây dựng nông thôn mới', 'hợp tác xã nông nghiệp'],
    tags: ['lúa gạo', 'nông sản', 'cà phê', 'sầu riêng', 'thủy sản', 'nông thôn mới'],
  },
  {
    section: 'Môi trường',
    topics: ['xâm nhập mặn', 'rác thải nhựa', 'ô nhiễm không khí', 'bão số 3', 'lũ quét', 'sạt lở đất',
      'biến đổi khí hậu', 'trồng rừng phòng hộ', 'năng lượng tái tạo', 'điện mặt trời mái nhà'],
    tags: ['bão lũ', 'ô nhiễm', 'biến đổi khí hậu', 'rác thải', 'năng lượng tái tạo', 'sạt lở'],
  },
  {
    section: 'Công nghệ',
    topics: ['chuyển đổi số', 'trí tuệ nhân tạo', 'mạng 5G', 'dịch vụ công trực tuyến', 'an ninh mạng',
      'thương mại điện tử', 'khởi nghiệp sáng tạo', 'chip bán dẫn', 'thanh toán không dùng tiền mặt'],
    tags: ['chuyển đổi số', 'AI', '5G', 'an ninh mạng', 'thương mại điện tử', 'khởi nghiệp'],
  },
  {
    section: 'Văn hóa',
    topics: ['lễ hội truyền thống', 'di sản văn hóa phi vật thể', 'Tết Nguyên đán', 'nghệ thuật cải lương',
      'bảo tàng lịch sử', 'làng nghề truyền thống', 'nhã nhạc cung đình Huế', 'đờn ca tài tử', 'phim Việt'],
    tags: ['lễ hội', 'di sản', 'Tết', 'làng nghề', 'điện ảnh', 'âm nhạc'],
  },
  {
    section: 'Pháp luật',
    topics: ['lừa đảo qua mạng', 'buôn lậu qua biên giới', 'phòng chống tham nhũng', 'phiên tòa xét xử sơ thẩm',
      'vụ án kinh tế', 'ma túy', 'vi phạm nồng độ cồn', 'tín dụng đen'],
    tags: ['tham nhũng', 'lừa đảo', 'buôn lậu', 'xét xử', 'ma túy', 'nồng độ cồn'],
  },
  {
    section: 'Xã hội',
    topics: ['an sinh xã hội', 'nhà ở xã hội', 'người lao động mất việc', 'giảm nghèo bền vững', 'bảo hiểm xã hội',
      'việc làm cho thanh niên', 'nước sạch nông thôn', 'người cao tuổi', 'trẻ em có hoàn cảnh khó khăn'],
    tags: ['an sinh', 'nhà ở xã hội', 'việc làm', 'giảm nghèo', 'bảo hiểm xã hội', 'nước sạch'],
  },
  {
    section: 'Thời sự',
    topics: ['công tác thi đua khen thưởng', 'cải cách hành chính', 'kỳ họp Quốc hội', 'công tác cán bộ',
      'xây dựng chỉnh đốn Đảng', 'tiếp xúc cử tri', 'sáp nhập đơn vị hành chính', 'phòng chống thiên tai'],
    tags: ['Quốc hội', 'thi đua', 'cải cách hành chính', 'cử tri', 'Đảng', 'thiên tai'],
  },
  {
    section: 'Du lịch',
    topics: ['lượng khách quốc tế', 'du lịch biển đảo', 'mùa du lịch hè', 'du lịch cộng đồng', 'di tích lịch sử',
      'ẩm thực đường phố', 'du lịch nông nghiệp', 'cáp treo Fansipan'],
    tags: ['du lịch', 'khách quốc tế', 'biển đảo', 'ẩm thực', 'di tích'],
  },
  {
    section: 'Thế giới',
    topics: ['hội nghị thượng đỉnh ASEAN', 'hợp tác song phương', 'Liên hợp quốc', 'giá dầu thế giới',
      'chuỗi cung ứng toàn cầu', 'xung đột khu vực', 'hiệp định thương mại tự do'],
    tags: ['ASEAN', 'ngoại giao', 'Liên hợp quốc', 'kinh tế thế giới', 'FTA'],
  },
];

export const actions = [
  'đẩy mạnh', 'tăng cường', 'triển khai', 'hoàn thiện', 'rà soát', 'kiểm tra', 'tháo gỡ khó khăn cho',
  'nâng cao chất lượng', 'đầu tư cho', 'ưu tiên nguồn lực cho', 'tháo gỡ vướng mắc trong', 'siết chặt quản lý',
  'đổi mới', 'thúc đẩy', 'khắc phục hậu quả của', 'chấn chỉnh',
];

export const goals = [
  'bảo đảm an sinh xã hội', 'hoàn thành kế hoạch năm', 'nâng cao đời sống người dân', 'thu hút nhà đầu tư',
  'bảo đảm tiến độ', 'giữ vững ổn định', 'phát triển bền vững', 'đáp ứng nhu cầu của người dân',
  'hoàn thành xuất sắc nhiệm vụ chính trị', 'tạo việc làm cho người lao động',
];

export const problems = [
  'thiếu vốn', 'thủ tục hành chính rườm rà', 'thiếu nhân lực chất lượng cao', 'giá nguyên liệu tăng cao',
  'hạ tầng xuống cấp', 'thời tiết diễn biến phức tạp', 'ô nhiễm môi trường', 'chậm giải phóng mặt bằng',
  'thiếu nước tưới', 'đầu ra sản phẩm bấp bênh',
];

export const entities = [
  'hộ dân', 'doanh nghiệp', 'học sinh', 'bệnh nhân', 'hợp tác xã', 'công trình', 'lượt khách', 'phương tiện',
  'xã', 'tấn hàng hóa', 'hecta', 'người lao động', 'vận động viên', 'dự án',
];

export const quotes = [
  'Chúng tôi mong được hỗ trợ thêm để ổn định cuộc sống',
  'Năm nay mùa màng khá hơn, bà con ai cũng phấn khởi',
  'Nếu không có sự vào cuộc quyết liệt thì rất khó hoàn thành',
  'Đây là kết quả của cả một quá trình nỗ lực không ngừng',
  'Người dân đã đồng thuận, giờ chỉ chờ vốn về',
  'Tôi hy vọng con đường mới sẽ giúp việc đi lại thuận tiện hơn',
  'Chúng tôi xác định đây là nhiệm vụ trọng tâm, phải làm ngay',
  'Giá cả tăng quá nhanh, thu nhập không theo kịp',
  'Các em học rất chăm, chỉ thiếu phòng học và thiết bị',
  'Mỗi lần mưa lớn là cả xóm lại lo sạt lở',
  'Đội bóng đã thi đấu hết mình, kết quả này xứng đáng',
  'Chính sách cần đi vào cuộc sống chứ không chỉ nằm trên giấy',
];

export const weekdays = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];

export const teams = [
  'Hà Nội FC', 'Công an Hà Nội', 'Thép Xanh Nam Định', 'Hoàng Anh Gia Lai', 'Sông Lam Nghệ An', 'Becamex Bình Dương',
  'Đông Á Thanh Hóa', 'Hải Phòng', 'SHB Đà Nẵng', 'Hồng Lĩnh Hà Tĩnh', 'Quảng Nam', 'Thể Công - Viettel',
];

export const commodities = ['vàng', 'xăng RON 95', 'lúa gạo', 'cà phê', 'hồ tiêu', 'thép', 'heo hơi', 'sầu riêng', 'cao su'];

export const photographers = ['Minh Khôi', 'Thanh Hà', 'Quang Vinh', 'Ngọc Thủy', 'Đức Anh', 'Hoàng Long', 'Phương Thảo', 'Việt Hưng'];
