namespace CrossBorderBot.Knowledge.Model;

/// <summary>Whether a channel carries liquids.</summary>
public enum LiquidPolicy
{
    Forbidden,
    Limited,
    Allowed,
}
