/** Messages of the reply/ rules (zh-CN first, English second). */
import type { CategoryMessages } from './types';

const messages: CategoryMessages = {
  messages: {
    'reply/addressee': { zh: '答复{subject}时称谓应为“{expected}”，不是“{role}”', en: 'A reply to a {subject} addresses a {expected}, not a {role}' },
    'reply/formula': { zh: '答复开头缺少“{missing}”', en: 'The opening lacks {missing}' },
    'reply/closing': { zh: '答复结尾不完整', en: 'The reply\'s closing is incomplete' },
    'reply/closing-thanks': { zh: '结尾缺少致谢语（如“感谢您对……工作的关心和支持”）', en: 'No closing thanks (感谢您对……工作的关心和支持)' },
    'reply/closing-organ': { zh: '缺少落款（承办单位署名）', en: 'No signature (the answering organ)' },
    'reply/closing-date': { zh: '缺少成文日期', en: 'No date' },
    'reply/closing-date-chinese': { zh: '成文日期应使用阿拉伯数字（如“2023年7月18日”）', en: 'Write the date in Arabic numerals (e.g. 2023年7月18日)' },
    'reply/contact': { zh: '缺少联系人和联系电话', en: 'No contact person and phone number' },
    'reply/public': { zh: '未注明公开属性（主动公开、依申请公开或不予公开）', en: 'No publicity attribute (主动公开, 依申请公开 or 不予公开)' },
    'reply/class': { zh: '未注明答复类别（{system}）', en: 'No reply class ({system})' },
    'fix/addressee': { zh: '改为“{expected}”', en: 'Use "{expected}"' },
    'fix/insert-thanks': { zh: '插入致谢语', en: 'Insert the closing thanks' },
    'fix/insert-signature': { zh: '插入落款和日期', en: 'Insert the signature and date' },
    'fix/insert-contact': { zh: '插入联系人和联系电话', en: 'Insert a contact line' },
    'fix/insert-public': { zh: '插入公开属性', en: 'Insert the publicity attribute' },
  },
  rules: {
    'reply/addressee': {
      title: { zh: '答复称谓', en: 'Reply addressee' },
      explanation: { zh: '人大代表提出“建议”，政协委员提出“提案”：答复建议称“××代表”，答复提案称“××委员”。', en: 'NPC deputies make 建议 (addressed as 代表); CPPCC members make 提案 (addressed as 委员).' },
      good: ['项道满委员：……第4070号提案', '叶君代表：……的建议'],
      bad: ['××代表：……提案收悉'],
    },
    'reply/formula': {
      title: { zh: '答复开头用语', en: 'Reply opening formula' },
      explanation: { zh: '答复开头应写明“您提出的《……》（第N号）收悉”和“现答复如下”。', en: 'The opening says 您提出的《…》收悉 and 现答复如下.' },
      good: ['您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：'],
      bad: ['关于您的建议，情况如下：'],
    },
    'reply/closing': {
      title: { zh: '答复结尾与落款', en: 'Reply closing and signature' },
      explanation: { zh: '答复结尾写致谢语，落款写承办单位和成文日期，日期用阿拉伯数字（2012年7月1日前的文件可用汉字）。', en: 'The reply ends with thanks, the answering organ and the date in Arabic numerals (Chinese numerals are fine before 2012-07-01).' },
      good: ['感谢您对我市工业和信息化工作的关心和支持。 广州市工业和信息化局 2020年9月9日'],
      bad: ['只有日期、没有署名（corpus 024）', '无落款、无日期（seeds/000）'],
    },
    'reply/contact': {
      title: { zh: '联系人和联系电话', en: 'Contact line' },
      explanation: { zh: '答复应附联系人和联系电话，便于代表、委员沟通反馈。', en: 'A reply gives a contact person and phone number.' },
      good: ['（联系人：陈成，联系电话：83123879）', '联系人及电话:李伟 8788586'],
      bad: ['（无联系人）'],
    },
    'reply/public': {
      title: { zh: '公开属性', en: 'Publicity attribute' },
      explanation: { zh: '公文在产生过程中应确定主动公开、依申请公开、不予公开三种属性之一。许多地方在首页或发文稿纸上标注，故默认为提示级别。', en: 'Every document is marked 主动公开, 依申请公开 or 不予公开; information level by default since many places mark it on a cover sheet.' },
      good: ['（此件主动公开）', '是否同意公开:是'],
      bad: ['（未注明）'],
    },
    'reply/class': {
      title: { zh: '答复类别', en: 'Reply class' },
      explanation: { zh: '答复应注明类别：A类（已解决或基本解决）、B类（正在解决或列入计划解决）、C类（因条件限制留作参考）；部分地方用甲、乙、丙类（可配置）。', en: 'Replies carry a class: A (solved), B (being solved), C (kept for reference); some places use 甲/乙/丙 (configurable).' },
      good: ['办理结果:(C)', 'A类'],
      bad: ['（未注明类别）', 'E类'],
    },
  },
};
export default messages;
