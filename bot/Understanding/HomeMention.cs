namespace CrossBorderBot.Understanding;

/// <summary>
/// A place named as where the seller is — where the brand is registered, the company based, the goods made or shipped
/// from ("a registered brand in china only", "our factory is in Vietnam", "在中国注册的商标", "工厂在越南") — is not a
/// market to sell in. Only when every mention of the place is said so; "sell in China" still names a market.
/// </summary>
public static partial class HomeMention
{
    public static bool OnlyHome(string text, string words) =>
        MentionPlaces.EveryPlace(text, words, (start, end) => CueBook.Get(Cue.HomeHomeBefore).IsMatch(text[..start]) || (CueBook.Get(Cue.HomeHomeAfter).IsMatch(text[end..]) && !CueBook.Get(Cue.HomeSoldTo).IsMatch(text[..start])));
}
