namespace CrossBorderBot.Alerts;

/// <summary>An alert request read from a message or a button: what to do and the places named (country codes, region ids).</summary>
public sealed record AlertCommand(AlertCommandKind Kind, IReadOnlyList<string> Locations, BotLanguage? Language = null);
