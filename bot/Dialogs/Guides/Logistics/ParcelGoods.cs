using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What the parcel holds that carriers restrict: the answer to "batteries or liquids?". Kept in the guide's answers as
/// the lowercase word ("none", "batteries", "liquids", "both"), as before it was typed.
/// </summary>
[Newtonsoft.Json.JsonConverter(typeof(StringEnumConverter), typeof(CamelCaseNamingStrategy))]
[System.Text.Json.Serialization.JsonConverter(typeof(StoredEnumConverter<ParcelGoods>))]
public enum ParcelGoods
{
    None,
    Batteries,
    Liquids,
    Both,
}
