import { cameraEn } from './camera.en.ts';
import { answerEn } from './answer.en.ts';
import { layoutEn } from './layout.en.ts';
import { freshnessEn } from './freshness.en.ts';
import { printEn } from './print.en.ts';
import { citizenEn } from './citizen.en.ts';
import { technicianEn } from './technician.en.ts';
import { proceduresEn } from './procedures.en.ts';
import { scannerEn } from './scanner.en.ts';
import type { Catalogue } from './vi.ts';

/** English, second language. Keys and `{parameters}` mirror vi.ts exactly. */
export const en: Catalogue = {
  'app.title': 'Dossier lookup',
  'app.starting': 'Starting the lookup kiosk…',

  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'lang.viShort': 'VI',
  'lang.enShort': 'EN',

  'demo.mark': 'Demo data',
  'demo.note': 'This kiosk is running with demo data, not real dossiers.',

  'sync.asOf': 'Data updated at {time}',
  'sync.never': 'No data received from the server yet',
  'sync.offline': 'No connection to the server: information may not be the latest.',

  'home.title': 'Check the status of your dossier',
  'home.scanPrompt': 'Hold the barcode or QR code on your receipt under the scanner',
  'home.scanHint': 'Your result appears in a few seconds.',
  'home.or': 'or',
  'home.typeCode': 'Type the dossier code',

  'manual.title': 'Type the dossier code',
  'manual.help': 'The dossier code is printed on your receipt and appointment slip, for example:',
  'manual.example': '000.00.12.H53-230915-0003',
  'manual.inputLabel': 'Dossier code',
  'manual.keyboard': 'Keyboard for the dossier code',
  'manual.autoSeparators': 'Just type the digits and letters: the dots and dashes are put in for you.',
  'manual.backspace': 'Delete',
  'manual.clear': 'Clear',
  'manual.submit': 'Look up',

  'nav.back': 'Back',
  'nav.home': 'Home',
  'nav.typeCode': 'Type the code instead',

  'lookup.pending': 'Looking up your dossier…',

  'result.title': 'Dossier details',
  'result.code': 'Dossier code',
  'result.procedure': 'Procedure',
  'result.field': 'Field',
  'result.agency': 'Processing agency',
  'result.applicant': 'Applicant',
  'result.receivedAt': 'Received on',
  'result.dueAt': 'Due on',
  'result.finishedAt': 'Finished on',
  'result.returnedAt': 'Returned on',
  'result.noDueDate': 'No due date',
  'result.dueNoLonger': 'No longer applies (the dossier is no longer being processed)',
  'result.status': 'Status',
  'result.timing': 'Deadline',
  'result.timeline': 'Processing history',
  'result.timelineEmpty': 'No processing history yet.',
  'result.nextStep': 'What to do next',
  'result.scanAnother': 'To check another dossier, scan its code.',

  'next.supplement': 'Documents to bring:',
  'next.supplementUnknown': 'Please ask the staff at the one-stop desk which documents are missing.',
  'next.pay': 'Amount to pay (fees and charges): {amount}',
  'next.payUnknown': 'Please ask the staff at the one-stop desk how much you need to pay.',
  'next.payThen': 'Once it is paid, your dossier will be processed further.',
  'next.collect': 'Your result is ready. Please bring your receipt and your ID card to collect it at: {counter}',
  'next.collectDefault': 'Your result is ready. Please bring your receipt and your ID card to the results counter.',
  'next.wait': 'Nothing to do for now. Please wait until the due date.',
  'next.waitUntil': 'Nothing to do for now. Please come back on the due date: {date}.',
  'next.waitOverdue': 'Your dossier is past its due date. The agency will set a new date; you can ask the staff at the one-stop desk for it.',
  'next.contactDesk': 'Please ask the staff at the one-stop desk for help.',

  'error.unreadable.title': 'The code could not be read',
  'error.unreadable.body': 'Please scan again: hold the receipt flat, about 10–20 cm from the scanner. Or type the dossier code on the keypad.',
  'error.unreadable.reason.empty': 'The scanner has not sent anything.',
  'error.unreadable.reason.too-long': 'What was scanned is too long to be a dossier code.',
  'error.unreadable.reason.no-code': 'No dossier code was found in what was scanned.',
  'error.unreadable.reason.bad-agency': 'The agency part of the dossier code is not valid.',
  'error.unreadable.reason.bad-date': 'The date part of the dossier code is not valid.',
  'error.unreadable.reason.bad-sequence': 'The number part of the dossier code is not valid.',

  'error.notFound.title': 'Dossier not found',
  'error.notFound.body': 'This kiosk has no information about the dossier with the code:',
  'error.notFound.asOf': 'The data on this kiosk was updated at {time}. A recently submitted dossier may not be in it yet.',
  'error.notFound.asOfUnknown': 'This kiosk has not received recent data from the server. A recently submitted dossier may not be in it yet.',
  'error.notFound.ask': 'Please check the code, or ask the staff at the one-stop desk.',
  'error.wait.title': 'Please wait a moment',
  'error.wait.body': 'This kiosk has just received several codes in a row that were not found. To protect people’s information, please wait a moment before typing a code again, or ask the staff at the one-stop desk.',
  'error.wait.seconds': 'You can try again in {seconds} seconds.',
  'error.wait.ready': 'You can type the code again now.',

  'error.otherAgency.title': 'This dossier belongs to another agency',
  'error.otherAgency.body': 'The dossier with the code below was received by another agency, not here:',
  'error.otherAgency.agency': 'Receiving agency',
  'error.otherAgency.ask': 'This kiosk can only look up dossiers submitted here. Please ask the agency that received your dossier, or use the National Public Service Portal.',

  'error.outOfService.title': 'This kiosk is out of service',
  'error.outOfService.body': 'Sorry, the kiosk has a problem. Please ask the staff at the one-stop desk for help.',
  'error.outOfService.retry': 'Try again',
  'error.outOfService.detail': 'Error code for the technician: {code}',

  'idle.title': 'Are you still there?',
  'idle.countdown': 'In {seconds} seconds the kiosk returns to Home and clears what you looked at.',
  'idle.keepUsing': 'Give me more time',

  'statusName.1': 'Newly registered',
  'statusName.2': 'Received',
  'statusName.3': 'Not accepted',
  'statusName.4': 'Being processed',
  'statusName.5': 'Additional documents requested',
  'statusName.6': 'Fees or taxes to pay',
  'statusName.7': 'Withdrawn at the applicant’s request',
  'statusName.8': 'Processing stopped',
  'statusName.9': 'Processing finished',
  'statusName.10': 'Result returned',

  'status.1': 'Your dossier is registered and waiting to be received by the staff.',
  'status.2': 'Your dossier has been received and is being sent to the processing agency.',
  'status.3': 'Your dossier was not accepted. Please ask at the one-stop desk for the reason.',
  'status.4': 'Your dossier is being dealt with by the processing agency.',
  'status.5': 'Your dossier needs more documents. Please bring the documents listed below to the one-stop desk.',
  'status.6': 'Your dossier is waiting for fees, charges or taxes to be paid.',
  'status.7': 'Your dossier was withdrawn at the applicant’s request.',
  'status.8': 'Processing of your dossier has stopped. Please ask at the one-stop desk for details.',
  'status.9': 'Your dossier has been processed. The result is waiting for you to collect it.',
  'status.10': 'The result has been returned to the applicant.',
  'status.9.post': 'Your dossier has been processed. The result is sent by post to the address you registered.',
  'status.10.post': 'The result has been sent by post to the address you registered.',

  'timing.early': 'Early',
  'timing.on-time': 'On time',
  'timing.overdue': 'Overdue',
  'timing.in-progress': 'Within the deadline',
  'timing.not-applicable': 'No due date',

  ...proceduresEn,
  ...scannerEn,
  ...cameraEn,
  ...technicianEn,
  ...citizenEn,
  ...answerEn,
  ...layoutEn,
  ...freshnessEn,
  ...printEn,
};
