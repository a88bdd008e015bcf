namespace CrossBorderBot.Knowledge.Answering;

/// <summary>A source an answer's text came from, with the date the entry citing it was last reviewed.</summary>
public sealed record AnswerSource(string Title, string? Publisher, string? Url, DateOnly? Reviewed);
