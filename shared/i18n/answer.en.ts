import type { answerVi } from './answer.vi.ts';

/** English texts of the lookup's answer, the site's help, the dossier's QR and printing. */
export const answerEn: { [K in keyof typeof answerVi]: string } = {
  'answer.where': 'Where: {place}',
  'answer.whereDesk': 'the one-stop desk (reception and results desk) here',
  'answer.hours': 'Opening hours: {hours}',

  'answer.dueRestarts': 'Set again once you bring the documents',
  'answer.supplement.lead': 'The processing agency needs these additional documents from you:',
  'answer.supplement.note': 'What was asked:',
  'answer.supplement.bring': 'Please bring them soon, during opening hours, with your receipt.',
  'answer.supplement.newDue': 'New due date: {date}, once you have brought the documents.',
  'answer.supplement.restart': 'The processing time starts again when you bring the documents; the desk will give you a new due date.',
  'answer.gloss.title': 'What this means:',
  'answer.gloss.certifiedCopy': '“Certified copy” (bản sao có chứng thực): a copy stamped by a commune or ward People’s Committee or a notary office as true to the original.',
  'answer.gloss.copy': '“Copy” (bản sao): a photocopy; bring the original too so the officer can compare.',
  'answer.gloss.original': '“Original” (bản chính): the document as it was issued, not a photocopy.',
  'answer.gloss.cadastralSurvey': '“Cadastral survey extract” (mảnh trích đo địa chính): a drawing of the plot’s shape and size made by a licensed surveyor.',

  'answer.pay.lead': 'Fees and charges to pay:',
  'answer.pay.notStated': 'amount not stated',
  'answer.pay.total': 'Total: {amount}',
  'answer.pay.how': 'Pay in person at the place below, or online if you applied through the public service portal. Keep the receipt.',

  'answer.collect.ready': 'Your result is ready. Collect it at the place below.',
  'answer.collect.documents': 'The result:',
  'answer.collect.bring': 'Bring: your receipt and appointment slip and your ID card (Căn cước / CCCD).',
  'answer.collect.proxy': 'Someone else may collect it for you with your letter of authority (giấy ủy quyền), their own ID and the receipt.',
  'answer.collect.post': 'The result is sent by post to the address you registered; you do not need to come.',
  'answer.collect.postAsk': 'Not received after a few days? Ask at the place below.',

  'answer.returned.on': 'The result was handed over on {date}.',
  'answer.returned.done': 'The result has been handed over.',
  'answer.returned.ask': 'If you have not received it, bring your receipt and ID card to the place below.',
  'answer.returned.postOn': 'The result was sent by post on {date} to the address you registered.',
  'answer.returned.post': 'The result has been sent by post to the address you registered.',
  'answer.returned.postAsk': 'Not received after a few days? Bring your receipt and ask at the place below.',

  'answer.closed.reason': 'Reason, as recorded on {date}:',
  'answer.closed.noReason': 'The kiosk has no reason on record.',
  'answer.closed.ask.3': 'To find out what is missing and how to apply again, ask at the place below.',
  'answer.closed.ask.7': 'To apply again or to get back the documents you handed in, ask at the place below.',
  'answer.closed.ask.8': 'To find out why processing stopped and what to do next, ask at the place below.',

  'help.title': 'Need help, or want to give feedback?',
  'help.hotline': 'Hotline: {phone}',
  'help.noHotline': 'Ask the staff at the one-stop desk.',
  'help.complaint': 'Feedback and complaints (phản ánh, kiến nghị):',
  'help.complaintDefault': 'at the one-stop desk, or on the National Public Service Portal (dichvucong.gov.vn), under “Phản ánh, kiến nghị”.',
  'help.complaintOnline': 'Online: {url}',
  'rating.complaint': 'We are sorry you are not satisfied. You can send feedback or a complaint and you will get an answer:',

  'answer.qrTitle': 'Follow this dossier on your phone',
  'answer.qrHelp': 'Scan the QR code with your phone to open this dossier’s public lookup. It holds only the dossier code, nothing personal.',
  'answer.qrAlt': 'QR code opening the lookup of dossier {code}',

};
