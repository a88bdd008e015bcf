namespace CrossBorderBot.Alerts;

/// <summary>What a user asks of the alerts.</summary>
public enum AlertCommandKind
{
    Subscribe,
    List,
    Stop,
}
