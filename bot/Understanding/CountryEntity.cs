namespace CrossBorderBot.Understanding;

/// <summary>A country named in a message: its ISO code (lower case, as in the knowledge base) and the words typed.</summary>
public sealed record CountryEntity(string Code, string Text);
