namespace CrossBorderBot.Alerts;

/// <summary>
/// What a user asks of the alerts. Each kind is also its button's verb (<see cref="AlertVerbs.Verb"/>, "alerts.list"):
/// renaming a member renames a verb that buttons already sent carry, which <c>AlertVerbsTests</c> guards.
/// </summary>
public enum AlertCommandKind
{
    Subscribe,
    List,
    Stop,
}
