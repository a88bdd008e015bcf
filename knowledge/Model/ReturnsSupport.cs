namespace CrossBorderBot.Knowledge.Model;

/// <summary>How well a channel handles returns.</summary>
public enum ReturnsSupport
{
    None,
    Limited,
    Full,
}
