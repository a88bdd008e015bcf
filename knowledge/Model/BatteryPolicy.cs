namespace CrossBorderBot.Knowledge.Model;

/// <summary>Whether a channel carries batteries.</summary>
public enum BatteryPolicy
{
    Forbidden,
    ContainedOnly,
    Allowed,
}
