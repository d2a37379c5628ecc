// The parts of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP layout) that are
// not its body: the header (issuing body, number and symbol, place and date), the title block,
// the recipients ("Nơi nhận") and the signature block. Each part is null when the text does not
// have it; spans index the text given, so a later step can keep these parts out of the
// directives.

export interface TextSpan {
  start: number;
  end: number;
}

export interface OfficialSigner {
  /** "KT." (on behalf of), "TL.", "TM.", "TUQ.", "Q." or null when the signer signs in their own name. */
  authority: string | null;
  /** Whom the signer signs for: "THỦ TƯỚNG" in "KT. THỦ TƯỚNG". */
  onBehalfOf: string | null;
  /** The signer's own post: "PHÓ THỦ TƯỚNG". */
  title: string | null;
  name: string | null;
}

export interface OfficialChair {
  name: string;
  /** Titles as the title block writes them ("Phó Thủ tướng"). */
  titles: string[];
}

export interface OfficialLayout {
  /** Number and symbol: "114/TB-VPCP", "15/2024/NĐ-CP". */
  number: string | null;
  /** The issuing body as the header writes it: "VĂN PHÒNG CHÍNH PHỦ". */
  issuingBody: string | null;
  place: string | null;
  /** The date under the national motto, YYYY-MM-DD. */
  date: string | null;
  /** The document type word: "THÔNG BÁO", "CÔNG ĐIỆN", "CHỈ THỊ"… */
  documentType: string | null;
  /** The title block after the type: "Kết luận của Thủ tướng … tại cuộc họp …". */
  title: string | null;
  /** From a title "Kết luận của <chair> tại <meeting>": the meeting as the title names it. */
  meetingTitle: string | null;
  chair: OfficialChair | null;
  /** The "Nơi nhận" entries, without their dashes and semicolons. */
  recipients: string[];
  signer: OfficialSigner | null;
  spans: { header: TextSpan | null; recipients: TextSpan | null; signature: TextSpan | null };
}
