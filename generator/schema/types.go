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
	documentMaxLen  = MaxAttachmentBytes
)

var contactFields = []Field{
	{Name: "name", Kind: String, Required: true, OneLine: true, Doc: "the person's name"},
	{Name: "role", Kind: String, OneLine: true, Doc: "title or role", Translatable: true},
	{Name: "email", Kind: Email},
	{Name: "phone", Kind: String, OneLine: true},
}

// common are the fields every type may have; taxonomies are added per site.
var common = []Field{
	{Name: "summary", Kind: String, MaxLen: 300, OneLine: true, Doc: "shown in lists and search results", Translatable: true, LD: "description", Page: ByHand},
	{Name: "tags", Kind: StringList, Doc: "free words", Translatable: true, LD: "keywords", Page: ByHand},
	{Name: "website", Kind: URL, LD: "sameAs", Page: ByHand},
	{Name: "draft", Kind: Bool, Doc: "skipped unless built with --drafts", LD: NoLD, Page: Hidden},
	{Name: "updated", Kind: Date, Doc: "date of the last real change", LD: "dateModified", Page: ByHand},
}

var types = []Type{
	{Name: "actors", TitleField: "name", Fields: []Field{
		{Name: "name", Kind: String, Required: true, OneLine: true, Doc: "the organisation's name", Translatable: true, LD: "name", Page: ByHand},
		{Name: "kind", Kind: Enum, Required: true, Values: ActorKinds, LD: NoLD, Page: ByHand},
		{Name: "size", Kind: Enum, Values: CompanySizes, Doc: "companies only", LD: NoLD, Page: ByHand},
		{Name: "business_id", Kind: BusinessID, Doc: "Finnish business ID", LD: "taxID", Page: ByHand},
		{Name: "member", Kind: Bool, Doc: "a member of the cluster", LD: NoLD, Page: ByHand},
		{Name: "member_since", Kind: Date, LD: NoLD, Page: ByHand},
		{Name: "municipality", Kind: String, OneLine: true, Doc: "seat, e.g. Helsinki", Translatable: true, LD: "address", Page: ByHand},
		{Name: "email", Kind: Email, LD: "email", Page: ByHand},
		{Name: "phone", Kind: String, OneLine: true, LD: "telephone", Page: ByHand},
		{Name: "logo", Kind: Attachment, Exts: LogoExts, MaxBytes: logoMaxBytes, Doc: "PNG, JPEG or WebP file in the bundle, at most 1 MB", LD: "logo", Page: ByHand},
		{Name: "contacts", Kind: Objects, Translatable: true, Fields: contactFields, LD: "contactPoint", Page: ByHand},
		{Name: "maintainers", Kind: StringList, Doc: "GitHub handles allowed to change this profile", LD: NoLD, Page: Hidden},
	}},
	{Name: "services", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true, LD: "name", Page: ByHand},
		{Name: "providers", Kind: RefList, Required: true, RefType: "actors", Doc: "actors that provide the service", LD: "provider", Page: ByHand},
		{Name: "audience", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds the service is for", LD: "audience", Page: ByHand},
		{Name: "pricing", Kind: Enum, Values: Pricing, LD: NoLD, Page: ByHand},
		{Name: "contact", Kind: Email, Doc: "defaults to the first provider's e-mail", LD: "email", Page: ByHand},
	}},
	{Name: "projects", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true, LD: "name", Page: ByHand},
		{Name: "status", Kind: Enum, Required: true, Values: ProjectStatus, LD: NoLD, Page: ByHand},
		{Name: "start", Kind: Date, LD: "foundingDate", Page: ByHand},
		{Name: "end", Kind: Date, LD: "dissolutionDate", Page: ByHand},
		{Name: "coordinator", Kind: Ref, RefType: "actors", LD: "member", Page: ByHand},
		{Name: "partners", Kind: RefList, RefType: "actors", LD: "member", Page: ByHand},
		{Name: "budget", Kind: Money, Doc: "total budget in euros", LD: NoLD, Page: ByHand},
		{Name: "funding", Kind: Objects, LD: "funding", Page: ByHand, Fields: []Field{
			{Name: "source", Kind: Ref, Required: true, RefType: "funding"},
			{Name: "amount", Kind: Money},
			{Name: "share_of", Kind: Ref, RefType: "actors", Doc: "whose share"},
		}},
		{Name: "contacts", Kind: Objects, Translatable: true, Fields: contactFields, LD: "contactPoint", Page: ByHand},
		{Name: "milestones", Kind: Objects, Translatable: true, LD: NoLD, Page: ByHand, Fields: []Field{
			{Name: "date", Kind: Date, Required: true},
			{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
			{Name: "done", Kind: Bool},
		}},
		{Name: "related", Kind: Related, Doc: "references written type/slug", LD: NoLD, Page: ByHand},
	}},
	{Name: "contracts", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true, LD: "name", Page: ByHand},
		{Name: "contract_type", Kind: Enum, Required: true, Values: ContractTypes, LD: NoLD, Page: ByHand},
		{Name: "parties", Kind: RefList, RefType: "actors", LD: "contributor", Page: ByHand},
		{Name: "document", Kind: Attachment, Exts: DocumentExts, MaxBytes: documentMaxLen, Doc: "PDF, DOCX, ODT, XLSX or ODS file in the bundle, at most 10 MB", LD: "encoding", Page: ByHand},
		{Name: "license", Kind: License, Doc: "SPDX license id, e.g. CC-BY-4.0", LD: "license", Page: ByHand},
		{Name: "valid_from", Kind: Date, LD: "temporalCoverage", Page: ByHand},
		{Name: "valid_until", Kind: Date, LD: "temporalCoverage", Page: ByHand},
		{Name: "related", Kind: Related, Doc: "references written type/slug", LD: NoLD, Page: ByHand},
	}},
	{Name: "funding", TitleField: "name", Fields: []Field{
		{Name: "name", Kind: String, Required: true, OneLine: true, Translatable: true, LD: "name", Page: ByHand},
		{Name: "funder", Kind: Ref, RefType: "actors", LD: "funder", Page: ByHand},
		{Name: "funder_name", Kind: String, OneLine: true, Doc: "the funder's name when it has no profile", LD: "funder", Page: ByHand},
		{Name: "level", Kind: Enum, Required: true, Values: FundingLevels, LD: NoLD, Page: ByHand},
		{Name: "programme", Kind: String, OneLine: true, Translatable: true, LD: NoLD, Page: ByHand},
		{Name: "eligible", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds that may apply", LD: NoLD, Page: ByHand},
		{Name: "regions", Kind: StringList, Doc: "where applicants must be: regions (maakunnat, e.g. Pohjois-Pohjanmaa) or municipalities; empty means anywhere", LD: NoLD},
		{Name: "calls", Kind: Objects, Translatable: true, LD: NoLD, Page: ByHand, Fields: []Field{
			{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true},
			{Name: "opens", Kind: Date},
			{Name: "closes", Kind: Date},
			{Name: "url", Kind: URL},
		}},
	}},
	{Name: "challenges", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Doc: "the need in a few words", Translatable: true, LD: "name", Page: ByHand},
		// the owner seeks the Demand, with the contact (render: ldChallenge)
		{Name: "owner", Kind: Ref, Required: true, RefType: "actors", Doc: "the actor that has the need", LD: NoLD, Page: ByHand},
		{Name: "status", Kind: Enum, Required: true, Values: ChallengeStatus, LD: "availability", Page: ByHand},
		{Name: "seeking", Kind: EnumList, Values: ActorKinds, Doc: "actor kinds sought as partners", LD: NoLD, Page: ByHand},
		{Name: "deadline", Kind: Date, Doc: "answers wanted by", LD: "availabilityEnds", Page: ByHand},
		{Name: "budget", Kind: Money, Doc: "euros available, if any", LD: "priceSpecification", Page: ByHand},
		{Name: "contact", Kind: Email, Doc: "defaults to the owner's e-mail", LD: NoLD, Page: ByHand},
		{Name: "related", Kind: Related, Doc: "references written type/slug", LD: NoLD, Page: ByHand},
	}},
	{Name: "pages", TitleField: "title", Fields: []Field{
		{Name: "title", Kind: String, Required: true, OneLine: true, Translatable: true, LD: "name", Page: ByHand},
	}},
}

// Types returns every content type with the common fields and one Terms
// field per taxonomy appended, in the order of config.Types.
func Types(taxonomies []string) []Type {
	out := make([]Type, len(types))
	for i, t := range types {
		out[i] = complete(t, taxonomies)
	}
	return out
}

// complete is t with the common fields and the taxonomies' fields.
func complete(t Type, taxonomies []string) Type {
	fs := make([]Field, 0, len(t.Fields)+len(common)+len(taxonomies))
	fs = append(append(fs, t.Fields...), common...)
	for _, tax := range taxonomies {
		fs = append(fs, Field{Name: tax, Kind: Terms, Doc: "term keys of the " + tax + " taxonomy", LD: "keywords", Page: ByHand})
	}
	return Type{Name: t.Name, TitleField: t.TitleField, Fields: fs}
}

// Lookup returns the type named name, with the given taxonomies. It
// completes that type only: a build looks one up for every page.
func Lookup(name string, taxonomies []string) (Type, bool) {
	for _, t := range types {
		if t.Name == name {
			return complete(t, taxonomies), true
		}
	}
	return Type{}, false
}

// MaxAttachmentBytes is the size of the largest file an entry may carry
// (a document); no reader of a site needs more of any file.
const MaxAttachmentBytes = int64(10 << 20)
