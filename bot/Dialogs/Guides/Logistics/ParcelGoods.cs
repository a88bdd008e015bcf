namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What the parcel holds that carriers restrict: the answer to "batteries or liquids?". Kept in the guide's answers as
/// the lowercase word ("none", "batteries", "liquids", "both"), as before it was typed.
/// </summary>
public enum ParcelGoods
{
    None,
    Batteries,
    Liquids,
    Both,
}
