// Types for petrovich 0.2 (it ships none): the inflection of Russian first,
// middle and last names by the rules of the petrovich project.
declare module 'petrovich' {
  type Gender = 'male' | 'female' | 'androgynous';
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface Person {
    first?: string;
    middle?: string;
    last?: string;
    gender?: Gender;
  }
  function petrovich(person: Person, gcase: Case): Person & { gender: Gender };
  export default petrovich;
}
