import { z } from 'zod';
import { planSchema } from '../src/schema/plan.ts';
const r = planSchema.safeParse({kind:'plan', titel:'x', title:'', academicYear:'2023-2025', orientation:'wide',
 approvals:[{stamp:'Утверждаю', name:'x'}, {stamp:'СОГЛАСОВАНО', position:'a', name:'b', date:'2023-02-30'}, {stamp:'УТВЕРЖДАЮ', position:'a', name:'b', date: 'abc'}, {stamp:'УТВЕРЖДАЮ', position:'a', name:'b', date: true}],
 sections:[{title:'a', items:[]}, {title:'b', items:[{activity:'x', timing: 5, responsible:'y', extra: 1}]}]});
console.log(JSON.stringify(r.error!.issues, null, 1));
console.log(JSON.stringify(z.toJSONSchema(planSchema)).slice(0, 1500));
