/// The invented word lists that names are built from: first names, surnames, place-name parts, countries and the
/// words of organisation names. Combined, they give thousands of people and organisations and hundreds of places.
enum CorpusNameLists {
    static let femaleFirstNames = words("""
        Ada Adriana Agnes Aisha Alba Alejandra Alina Amara Amelia Ana Anika Annika Aria Astrid Beatriz Bianca Camila
        Carla Carmen Celia Chiara Clara Dalia Daria Delphine Diana Elena Elif Eliza Elsa Emilia Esther Eva Fatima
        Freya Gabriela Greta Hana Helena Inès Ingrid Irene Isabel Ivana Jana Johanna Julia Karin Katarina Laila Lara
        Leila Lena Lidia Lina Lucia Luisa Maja Marisol Marta Mei Mira Nadia Naomi Nina Noémie Noor Olga Paula Petra
        Priya Rahel Renata Renée Rosa Ruth Sabine Salma Sara Selma Sofia Sonja Tamara Teresa Ursula Vera Yasmin Zofia
        Zoë
        """)

    static let maleFirstNames = words("""
        Adam Adrian Ahmed Aleksander Alonso Anders Andrés Anton Arjun Arturo Bastian Benedikt Bruno Carlos Cedric
        Christoph Daniel Dario Dmitri Eduardo Elias Emil Enzo Erik Fabian Felix Florian Gabriel Goran Gustavo Hamid
        Hans Hector Henrik Hugo Ibrahim Ivan Jakob Janek Javier Jonas Jorge Julian Kamal Karim Kenji Klaus Lars Leon
        Lorenzo Lucas Luka Malik Marco Marek Mateo Matthias Milan Mikael Nikolai Nils Omar Oskar Pablo Pavel Pedro
        Rafael Rashid Ravi Rolf Ruben Samir Sebastián Simon Stefan Tariq Teodor Tobias Tomas Viktor Wim Yusuf Zoran
        """)

    static let surnames = words("""
        Abara Achterberg Adeyemi Albescu Aldana Almeida Amberg Andersen Aragon Arvidsson Asante Baptiste Barakat
        Barros Bastos Becker Belmonte Benali Bergstrom Bianchi Blomqvist Bogdan Bouchard Brandt Brennan Cabrera Calder
        Castellano Cavanagh Cerny Chaudhry Cisneros Conti Cordero Costa Dahl Dalca Danielsen Delacroix Demir Dimitrov
        Dragan Duarte Dubois Ekström Eriksen Esposito Falk Farouk Ferrante Figueroa Fischer Fontaine Foster Galloway
        Garrido Gashi Gerhardt Giordano Gómez Grabowski Gunawardena Haddad Halvorsen Hartmann Hassan Havel Hendricks
        Herrera Hoffmann Horvat Ibarra Iqbal Jansen Jaramillo Jovanovic Kaczmarek Kahn Karimi Kaspar Keller Kemal
        Kowalczyk Kraus Kuznetsov Lacroix Lambert Larsen Laurent Lehmann Lindqvist Lombardi Lorenz Lozano Lund Madsen
        Maier Malouf Mancini Marchetti Marin Markovic Marsh Medina Mendes Mercer Meyer Molnar Montero Moreau Moretti
        Mukherjee Nakamura Navarro Nielsen Novak Nowak Nunes Obi Odhiambo Okafor Olsen Orlov Ortega Osei Pacheco
        Pajari Palmer Papadakis Paredes Pavlik Pereira Petrov Pinto Quintero Rahman Ramos Rasmussen Reyes Ricci
        Rinaldi Rivas Rocha Romano Rossi Ruiz Saarinen Salazar Santoro Sato Schmid Schneider Serrano Shah Silva
        Sokolov Soler Sorensen Stavros Steiner Strand Suarez Sundberg Szabo Takahashi Tanaka Tavares Toth Trevino
        Ueda Urban Valente Varga Vasquez Vega Vidal Vogel Volkov Wagner Weiss Wendt Wolff Yilmaz Zamora Zeller Ziegler
        Abbott Acosta Ahlberg Ansari Aoki Babic Bakker Balogun Bauer Bellamy Blanco Bondarenko Brun Carvalho Chen
        Dasgupta Eklund Engel Faria Ferreira Frost Fuchs Gallo Greco Haas Hakimi Holm Ilic Jensen Juarez Kader Kiss
        Koch Lindberg Lucero Mahler Mazur Nilsson Ochoa Otieno Pavic Quinn Rauf Sander Sarkis Soto Tamm Vance Winter
        """)

    /// Honorary and official titles written before a name on first mention.
    static let personTitles = words("""
        Minister Senator Judge Dr Professor General Mayor Commissioner Governor Ambassador Chancellor Admiral
        """)

    /// What a person is, written after the name: `Elena Marchetti, a former diplomat, said…`.
    static let personRoles = [
        "a former diplomat", "a senior official", "the opposition leader", "a spokesperson for the government",
        "the deputy minister", "an independent analyst", "a lawyer for the families", "the chief executive",
        "a researcher who has studied the case", "the head of the inquiry", "a member of parliament", "the mayor",
        "a union representative", "the regional governor", "a former adviser to the cabinet", "the finance director",
        "a local councillor", "the committee chair", "a senior economist", "an engineer involved in the project",
    ]

    /// Roots of invented place and company names.
    static let roots = words("""
        Ald Arden Ash Bel Brack Brenn Cal Carrow Castel Cor Dun Els Fal Farrow Gal Glen Hal Harrow Hollin Ilm Isen
        Jar Kal Kes Lan Lind Low Mar Merr Mir Mont Ner Nor Oak Orl Pel Quar Rav Sal Tarn Tor Ulm Val Ven Wil Yar Zel
        """)

    /// Endings that make a root into a town or city name.
    static let placeEndings = words("mere holm vale ford wick port bury mouth gate stead haven moor ridge ova ara ina enza ovac")

    /// Endings that make a root into a company name.
    static let companyEndings = words("ex ix ora tek ium ant ova eon ara")

    static let countries = words("""
        Velmora Karvonia Dalmark Esteria Galvania Halvoria Istrana Kestova Lumeria Marovia Nordavia Orlenia Pavonia
        Quessia Ravania Solmera Tarvia Ulvany Valdoria Westmark Borvia Cassaria Drevnia Elbaria Fennmark Gorovia
        Kaldonia Lestria Moravel Nevaria Ostmark Pelagia Rusetia Tyrenia Verania Zelonia Ambria Corvenia Isvania
        """)

    static let compassWords = words("Northern Southern Eastern Western Central")

    static let regionWords = words("Valley Province Coast Highlands Basin")

    /// Areas of public life that agencies, ministries and unions are named after.
    static let domains = [
        "Maritime", "Energy", "Transport", "Health", "Finance", "Justice", "Agriculture", "Telecommunications",
        "Water", "Digital Affairs", "Trade", "Mining", "Aviation", "Education", "Labour", "Housing", "Cyber Security",
        "Statistics", "Environment", "Fisheries", "Customs", "Elections", "Competition", "Data Protection",
        "Public Works", "Rail", "Nuclear Safety", "Food Safety", "Consumer Protection", "Media",
    ]

    static let industries = words("""
        Systems Energy Logistics Holdings Group Technologies Pharmaceuticals Shipping Mining Capital Telecom Foods
        Analytics Security Networks Aerospace Motors Bank Construction Media
        """)

    /// Causes that campaign groups and foundations are named after.
    static let causes = [
        "Open Government", "Clean Water", "Press Freedom", "Fair Housing", "Digital Rights", "Rural Development",
        "Civil Liberties", "Transparency", "Public Health", "Workers' Rights", "Coastal Protection", "Fair Trade",
    ]

    static let partyAdjectives = words("National People's Democratic Liberal Green Progressive Civic United Social Reform")

    static let partyNouns = words("Renewal Unity Alliance Future Action Union Movement Forward Solidarity")

    /// The words of a list written as one block of space-separated words.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
