namespace CrossBorderBot.Knowledge.Model;

/// <summary>Who runs the web host a source lives on: the authority itself, a platform or carrier speaking for its own
/// service, or anyone else (press, law firms, consultants).</summary>
public enum SourceHostKind
{
    ThirdParty,
    PlatformOrCarrier,
    Official,
}
