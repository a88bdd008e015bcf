namespace CrossBorderBot.Knowledge.Answering;

/// <summary>A name found in a question: what it refers to, and where it was written.</summary>
/// <param name="Kind">What kind of thing is named.</param>
/// <param name="Id">The id of the entry (or country code) it refers to.</param>
/// <param name="Surface">The words as matched.</param>
/// <param name="Start">Where the match starts in the question.</param>
public sealed record NamedEntity(EntityKind Kind, string Id, string Surface, int Start);
