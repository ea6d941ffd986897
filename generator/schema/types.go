package schema

// Enumerations of the content model.
var (
	ActorKinds      = []string{"company", "municipality", "public", "research", "education", "association", "other"}
	CompanySizes    = []string{"startup", "sme", "large"}
	Pricing         = []string{"free", "paid", "negotiable"}
	ProjectStatus   = []string{"planned", "ongoing", "completed", "cancelled"}
	ContractTypes   = []string{"template", "agreement", "commitment", "mou"}
	FundingLevels   = []string{"eu", "national", "regional", "municipal", "private"}
	ChallengeStatus = []string{"open", "in-progress", "solved", "closed"}
	LogoExts        = []string{".png", ".jpg", ".jpeg", ".webp"}
	DocumentExts    = []string{".pdf", ".docx", ".odt", ".xlsx", ".ods"}
	RelatedTypes    = []string{"actors", "services", "projects", "contracts", "funding", "challenges", "pages"}
	logoMaxBytes    = int64(1 << 20)
	documentMaxLen  = int64(10 << 20)
)

var contactFields = []Field{
	{Name: "name", Kind: String, Required: true, OneLine: true, Doc: "the person's name"},
	{Name: "role", Kind: String, OneLine: true, Doc: "title or role", Translatable: true},
	{Name: "email", Kind: Email},
	{Name: "phone", Kind: String, OneLine: true},
}

// common are the fields every type may have; taxonomies are added per site.
var common = []Field{
	{Name: "summary", Kind: String, MaxLen: 300, OneLine: true, Doc: "shown in lists and search results", Translatable: true},
	{Name: "tags", Kind: StringList, Doc: "free words", Translatable: true},
	{Name: "website", Kind: URL},
	{Name: "draft", Kind: Bool, Doc: "skipped unless built with --drafts"},
	{Name: "updated", Kind: Date, Doc: "date of the last real change"},
}

var types = []Type{
	{Name: "actors", TitleField: "name", Fields: []Field{
		{Name: "name", Kind: String, Required: true, OneLine: true, Doc: "the organisation's name", Translatable: true},
		{Name: "kind", Kind: Enum, Required: true, Values: ActorKinds},
		{Name: "size", Kind: Enum, Values: CompanySizes, Doc: "companies only"},
		{Name: "business_id", Kind: BusinessID, Doc: "Finnish business ID"},
		{Name: "member", Kind: Bool, Doc: "a member of the cluster"},
		{Name: "member_since", Kind: Date},
		{Name: "municipality", Kind: String, OneLine: true, Doc: "seat, e.g. Helsinki", Translatable: true},
		{Name: "email", Kind: Email},
		{Name: "phone", Kind: String, OneLine: true},
		{Name: "logo", Kind: Attachment, Exts: LogoExts, MaxBytes: logoMaxBytes, Doc: "PNG, JPEG or WebP file in the bundle, at most 1 MB"},
		{Name: "contacts", Kind: Objects, Translatable: true, Fields: contactFields},
		{Name: "maintainers", Kind: StringList, Doc: "GitHub handles allowed to change this profile"},
	}},
	{Name: "services", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
		{Name: "providers", Kind: RefList, Required: true, RefType: "actors", Doc: "actors that provide the service"},
		{Name: "audience", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds the service is for"},
		{Name: "pricing", Kind: Enum, Values: Pricing},
		{Name: "contact", Kind: Email, Doc: "defaults to the first provider's e-mail"},
	}},
	{Name: "projects", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
		{Name: "status", Kind: Enum, Required: true, Values: ProjectStatus},
		{Name: "start", Kind: Date},
		{Name: "end", Kind: Date},
		{Name: "coordinator", Kind: Ref, RefType: "actors"},
		{Name: "partners", Kind: RefList, RefType: "actors"},
		{Name: "budget", Kind: Money, Doc: "total budget in euros"},
		{Name: "funding", Kind: Objects, Fields: []Field{
			{Name: "source", Kind: Ref, Required: true, RefType: "funding"},
			{Name: "amount", Kind: Money},
			{Name: "share_of", Kind: Ref, RefType: "actors", Doc: "whose share"},
		}},
		{Name: "contacts", Kind: Objects, Translatable: true, Fields: contactFields},
		{Name: "milestones", Kind: Objects, Translatable: true, Fields: []Field{
			{Name: "date", Kind: Date, Required: true},
			{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
			{Name: "done", Kind: Bool},
		}},
		{Name: "related", Kind: Related, Doc: "references written type/slug"},
	}},
	{Name: "contracts", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
		{Name: "contract_type", Kind: Enum, Required: true, Values: ContractTypes},
		{Name: "parties", Kind: RefList, RefType: "actors"},
		{Name: "document", Kind: Attachment, Exts: DocumentExts, MaxBytes: documentMaxLen, Doc: "PDF, DOCX, ODT, XLSX or ODS file in the bundle, at most 10 MB"},
		{Name: "license", Kind: License, Doc: "SPDX license id, e.g. CC-BY-4.0"},
		{Name: "valid_from", Kind: Date},
		{Name: "valid_until", Kind: Date},
		{Name: "related", Kind: Related, Doc: "references written type/slug"},
	}},
	{Name: "funding", TitleField: "name", Fields: []Field{
		{Name: "name", Kind: String, Required: true, OneLine: true, Translatable: true},
		{Name: "funder", Kind: Ref, RefType: "actors"},
		{Name: "funder_name", Kind: String, OneLine: true, Doc: "the funder's name when it has no profile"},
		{Name: "level", Kind: Enum, Required: true, Values: FundingLevels},
		{Name: "programme", Kind: String, OneLine: true, Translatable: true},
		{Name: "eligible", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds that may apply"},
		{Name: "regions", Kind: StringList, Doc: "where applicants must be: regions (maakunnat, e.g. Pohjois-Pohjanmaa) or municipalities; empty means anywhere"},
		{Name: "calls", Kind: Objects, Translatable: true, Fields: []Field{
			{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
			{Name: "opens", Kind: Date},
			{Name: "closes", Kind: Date},
			{Name: "url", Kind: URL},
		}},
	}},
	{Name: "challenges", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Doc: "the need in a few words", Translatable: true},
		{Name: "owner", Kind: Ref, Required: true, RefType: "actors", Doc: "the actor that has the need"},
		{Name: "status", Kind: Enum, Required: true, Values: ChallengeStatus},
		{Name: "seeking", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds sought as partners"},
		{Name: "deadline", Kind: Date, Doc: "answers wanted by"},
		{Name: "budget", Kind: Money, Doc: "euros available, if any"},
		{Name: "contact", Kind: Email, Doc: "defaults to the owner's e-mail"},
		{Name: "related", Kind: Related, Doc: "references written type/slug"},
	}},
	{Name: "pages", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
	}},
}

// Types returns every content type with the common fields and one Terms
// field per taxonomy appended, in the order of config.Types.
func Types(taxonomies []string) []Type {
	out := make([]Type, len(types))
	for i, t := range types {
		fs := append([]Field{}, t.Fields...)
		fs = append(fs, common...)
		for _, tax := range taxonomies {
			fs = append(fs, Field{Name: tax, Kind: Terms, Doc: "term keys of the " + tax + " taxonomy"})
		}
		out[i] = Type{Name: t.Name, TitleField: t.TitleField, Fields: fs}
	}
	return out
}

// Lookup returns the type named name, with the given taxonomies.
func Lookup(name string, taxonomies []string) (Type, bool) {
	for _, t := range Types(taxonomies) {
		if t.Name == name {
			return t, true
		}
	}
	return Type{}, false
}
