namespace CrossBorderBot.Knowledge.Model;

/// <summary>Who runs the platform (paper's classification by operator).</summary>
public enum PlatformOperator
{
    ThirdParty,
    SelfOwned,
}
