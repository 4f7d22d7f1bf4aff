// Sentences and headlines built from the word lists: templates with slots, so a few dozen patterns times the
// vocabulary give hundreds of thousands of distinct, grammatical Vietnamese sentences.
import type { Random } from './random';
import {
  actions, agencies, commodities, entities, givenNames, goals, localities, middleNames, ministries, positions,
  problems, provinces, quotes, surnames, teams, weekdays, type SectionTopics,
} from './vocabulary';

/** What one article is about: its section, its place, the people it quotes. */
export interface Story {
  section: SectionTopics;
  province: string;
  topic: string;
  people: Person[];
  year: number;
}

export interface Person {
  name: string;
  given: string;
  title: 'ông' | 'bà';
  position: string;
}

export function person(random: Random): Person {
  const female = random.chance(0.45);
  const middle = female && random.chance(0.6) ? 'Thị' : random.pick(middleNames);
  const given = random.pick(givenNames);
  const position = random
    .pick(positions)
    .replace('{place}', random.pick(provinces))
    .replace('{ministry}', random.pick(ministries))
    .replace('{agency}', random.pick(agencies));
  return { name: `${random.pick(surnames)} ${middle} ${given}`, given, title: female ? 'bà' : 'ông', position };
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
/** Vietnamese digit grouping: 12.345 (toLocaleString is far too slow for 100,000 articles). */
const grouped = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, '.');
const number = (random: Random) => grouped(random.pick([random.int(2, 99), random.int(100, 999), random.int(1000, 99_000)]));
const percent = (random: Random) => `${random.int(1, 45)},${random.int(0, 9)}`;
const month = (random: Random) => random.int(1, 12);
const dayMonth = (random: Random) => `${random.int(1, 28)}/${month(random)}`;
const period = (random: Random, year: number) =>
  random.pick([`quý ${random.pick(['I', 'II', 'III', 'IV'])} năm ${year}`, `${random.int(2, 11)} tháng đầu năm ${year}`, `tháng ${month(random)}/${year}`, `năm ${year - 1}`]);

type Template = (random: Random, story: Story) => string;

const sentenceTemplates: Template[] = [
  (r, s) => `Theo ${r.pick(agencies)}, trong ${period(r, s.year)}, ${s.topic} tại ${s.province} tăng ${percent(r)}% so với cùng kỳ năm trước.`,
  (r, s) => `${capitalize(lead(s, r))} cho biết, ${s.province} sẽ tập trung ${r.pick(actions)} ${s.topic} trong thời gian tới.`,
  (r, s) => `Ngày ${dayMonth(r)}, ${r.pick(ministries)} tổ chức hội nghị ${r.pick(['sơ kết', 'tổng kết', 'triển khai', 'đánh giá'])} công tác ${s.topic} năm ${s.year}.`,
  (r, s) => `Phát biểu tại hội nghị, ${lead(s, r)} nhấn mạnh ${s.topic} là nhiệm vụ trọng tâm của năm ${s.year}.`,
  (r, s) => `${capitalize(speaker(s, r))} cho rằng cần ${r.pick(actions)} ${s.topic} để ${r.pick(goals)}.`,
  (r) => `${capitalize(resident(r))}, người dân ${r.pick(localities)}, chia sẻ: “${r.pick(quotes)}”.`,
  (r, s) => `Đến nay, toàn tỉnh ${s.province} đã có ${number(r)} ${r.pick(entities)} tham gia chương trình ${s.topic}.`,
  (r, s) => `Tuy nhiên, ${r.pick(problems)} vẫn là thách thức lớn đối với ${s.topic} ở ${s.province}.`,
  (r, s) => `Dự kiến, công trình sẽ hoàn thành vào ${r.pick(['cuối năm', 'giữa năm', 'quý III năm'])} ${s.year + 1} với tổng vốn đầu tư khoảng ${number(r)} tỷ đồng.`,
  (r, s) => `Lực lượng chức năng ${s.province} đã ${r.pick(['phát hiện', 'xử lý', 'lập biên bản'])} ${number(r)} trường hợp vi phạm trong ${period(r, s.year)}.`,
  (r) => `Trong tuần qua, ${r.pick(['mưa lớn kéo dài', 'nắng nóng gay gắt', 'triều cường', 'gió mùa đông bắc'])} khiến ${number(r)} hộ dân ở ${r.pick(localities)} bị ảnh hưởng.`,
  (r, s) => `Theo kế hoạch, từ ngày ${dayMonth(r)}/${s.year}, ${r.pick(agencies)} sẽ triển khai ${s.topic} trên địa bàn ${s.province}.`,
  (r, s) => `Số liệu của Tổng cục Thống kê cho thấy ${s.topic} trong ${period(r, s.year)} đạt ${number(r)} ${r.pick(['tỷ đồng', 'triệu USD', 'nghìn tấn', 'lượt'])}.`,
  (r, s) => `Đáng chú ý, ${r.pick(entities)} tại ${r.pick(localities)} đã ${r.pick(actions)} ${s.topic} với nhiều cách làm sáng tạo.`,
  (r, s) => `${r.pick(['Bên cạnh đó', 'Ngoài ra', 'Đồng thời', 'Trước đó', 'Cũng trong dịp này'])}, ${s.province} ${r.pick(['đã ban hành', 'đang xây dựng', 'vừa phê duyệt'])} kế hoạch ${r.pick(actions)} ${s.topic} giai đoạn ${s.year}-${s.year + 5}.`,
  (r, s) => `Theo đánh giá của các chuyên gia, ${s.topic} ${r.pick(['có nhiều chuyển biến tích cực', 'còn nhiều hạn chế', 'đang phục hồi rõ nét', 'chịu tác động lớn của thị trường'])}.`,
  (r, s) => `Tính đến cuối tháng ${month(r)}, ${r.pick(ministries)} đã ${r.pick(['giải ngân', 'phân bổ', 'huy động'])} ${number(r)} tỷ đồng cho ${s.topic}.`,
  (r, s) => `${capitalize(speaker(s, r))} đề nghị các sở, ngành ${r.pick(['phối hợp chặt chẽ', 'khẩn trương vào cuộc', 'báo cáo kết quả trước ngày ' + dayMonth(r)])} để ${r.pick(goals)}.`,
  (r, s) =>
    s.section.section === 'Thể thao'
      ? `${r.pick(teams)} đã giành chiến thắng ${r.int(1, 4)}-${r.int(0, 2)} trước ${r.pick(teams)} trong trận đấu tối ${r.pick(weekdays)}.`
      : `Buổi làm việc diễn ra vào sáng ${r.pick(weekdays)} tại trụ sở ${r.pick(agencies)}.`,
  (r, s) =>
    ['Kinh tế', 'Nông nghiệp'].includes(s.section.section)
      ? `Giá ${r.pick(commodities)} trên thị trường ${s.province} ${r.pick(['tăng', 'giảm', 'đi ngang'])} ${percent(r)}% trong ${r.pick(['tuần qua', 'tháng qua', 'phiên hôm nay'])}.`
      : `Theo ${r.pick(agencies)}, ${s.topic} cần được ${r.pick(['ưu tiên', 'quan tâm đúng mức', 'theo dõi sát sao'])} trong ${period(r, s.year)}.`,
  (r, s) => `Nhiều ${r.pick(entities)} ở ${s.province} ${r.pick(['phản ánh', 'kiến nghị', 'cho biết'])} tình trạng ${r.pick(problems)} kéo dài nhiều năm nay.`,
  (r, s) => `Năm ${s.year}, ${s.province} phấn đấu ${r.pick(actions)} ${s.topic}, ${r.pick(goals)}.`,
];

const headlineTemplates: Template[] = [
  (r, s) => `${s.province}: ${capitalize(r.pick(actions))} ${s.topic}`,
  (r, s) => `${capitalize(s.topic)} tăng mạnh trong ${period(r, s.year)}`,
  (r, s) => `${r.pick(ministries)} đề xuất ${r.pick(actions)} ${s.topic}`,
  (r, s) => `Khởi công dự án ${s.topic} tại ${s.province}`,
  (r, s) => `Hơn ${number(r)} ${r.pick(entities)} tham gia ${s.topic}`,
  (r, s) => `${s.people[0]!.name} được bổ nhiệm làm ${s.people[0]!.position}`,
  (r, s) => `Cảnh báo ${r.pick(problems)} ở ${s.province}`,
  (r, s) => `Đẩy mạnh ${s.topic} gắn với ${r.pick(goals)}`,
  (r, s) => (s.section.section === 'Thể thao' ? `${r.pick(teams)} thắng ${r.pick(teams)} ${r.int(1, 4)}-${r.int(0, 1)}` : `${s.province} sơ kết ${s.topic} năm ${s.year}`),
  (r, s) => (s.section.section === 'Kinh tế' ? `Giá ${r.pick(commodities)} ${r.pick(['tăng', 'giảm'])} ${percent(r)}% trong tuần` : `Nhìn lại ${s.topic} ${period(r, s.year)}`),
  (r, s) => `${capitalize(s.topic)}: ${r.pick(['Cần giải pháp căn cơ', 'Tín hiệu vui', 'Nỗi lo chưa dứt', 'Bước chuyển mới', 'Những con số biết nói'])}`,
  (r, s) => `${s.province} ${r.pick(['tháo gỡ', 'giải quyết', 'khắc phục'])} ${r.pick(problems)} cho ${r.pick(entities)}`,
];

function lead(story: Story, random: Random): string {
  const p = random.pick(story.people);
  return `${p.title} ${p.name}, ${p.position}`;
}

function speaker(story: Story, random: Random): string {
  const p = random.pick(story.people);
  return `${p.title} ${p.given}`;
}

function resident(random: Random): string {
  const female = random.chance(0.5);
  return `${female ? 'bà' : 'ông'} ${random.pick(surnames)} ${female ? 'Thị' : 'Văn'} ${random.pick(givenNames)}`;
}

export function sentence(random: Random, story: Story): string {
  return random.pick(sentenceTemplates)(random, story);
}

export function headline(random: Random, story: Story): string {
  return random.pick(headlineTemplates)(random, story);
}
