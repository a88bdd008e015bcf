namespace CrossBorderBot.Channels.Teams;

/// <summary>A public source named on a search result card.</summary>
public sealed record TeamsSearchSource(string Title, string Publisher, string Url);
