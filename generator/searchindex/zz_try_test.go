package searchindex
import ("testing";"fmt")
func TestTry(t *testing.T){
 for _, w := range []string{"muovi","muovin","muoveja","muovit","muovien","muoveista","kierrätys","kierrätyksen","kierrätystä","kierrätyksiä","rakennusosat","rakennusosien","rakennusosapankki","pankki","pankin","kiertotalous","kiertotalouden","kiertotaloutta","kiertotalouteen","sähkö","sähkön","kunta","kunnan","kuntien","tuote","tuotteen","tuotteita","hanke","hankkeen","hankkeisiin","toimija","toimijoiden","yritys","yrityksen","yritysten","taloudellinen","taloudellisen","ruoka","ruoan","palvelu","palveluja","palveluiden","kaupunki","kaupungin","rahoitus","rahoittaja","kestävyys","kestävyyden","tekstiilejä","jäte","jätteiden","0201256-6","raaka-aineet","Kiertotalousklusteri"} {
   fmt.Printf("%s -> %v sb=%s\n", w, Analyze("fi", w), snowball("fi", w))
 }
 for _, w := range []string{"plastic","plastics","recycling","recycled","recycle","companies","company","services","service","business","businesses","the","cluster's","textiles","funding"} {
   fmt.Printf("%s -> %v sb=%s\n", w, Analyze("en", w), snowball("en", w))
 }
}
