namespace CrossBorderBot.Understanding;

/// <summary>A product category named in a message: its knowledge-base id and the words typed.</summary>
public sealed record CategoryEntity(string Id, string Text);
