namespace CrossBorderBot.Channels.Teams;

/// <summary>Settings of the Teams door (section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>
    /// When true, question buttons sent to Teams become <c>Action.Execute</c> (Universal Actions: Teams replaces the
    /// card in place with the chosen option) and keep their <c>Action.Submit</c> as <c>fallback</c> for clients
    /// without Universal Actions. Off by default: plain <c>Action.Submit</c> works in every client.
    /// </summary>
    public bool UniversalActions { get; set; }
}
