namespace CrossBorderBot.Replies;

/// <summary>
/// Running text in light markdown: <c>**bold**</c>, bullet lines starting with <c>- </c> or <c>* </c>, numbered
/// lines (<c>1. </c>), and links <c>[title](https://…)</c>. Lines are separated by <c>\n</c>; an empty line starts
/// a new paragraph. Each renderer translates this subset to its channel's dialect.
/// </summary>
public sealed record ParagraphBlock(string Markdown) : ReplyBlock;
